import { stat } from 'node:fs/promises'
import { writeFileAtomic } from '../../node/files/write-atomic'
import type { Io } from './io'
import { userPath } from '../args/user-path'

/** The --force line of a command's help, in the column import and synth use. */
export const FORCE_HELP = '  --force          replace PATH if it exists'

/** For the help of each command that writes a file: the rules writeOutput applies. */
export const OUT_NOTE =
  'PATH is relative to where you run the command. An existing file is replaced only with --force,\n' +
  'and then only by a complete new one (written beside it, then renamed over it).'

/**
 * How a command writes its --out file: relative to where the user ran the command (npm runs
 * scripts from the package root), atomically, and over an existing file only with --force, so a
 * mistyped path never silently replaces something. Says what went wrong on stderr, with the path
 * as the user typed it, and returns whether the file was written.
 */
export async function writeOutput(
  io: Io,
  command: string,
  given: string,
  data: Uint8Array | string,
  { force }: { force: boolean }
): Promise<boolean> {
  const written = await writeFileAtomic(userPath(given), data, { replace: force })
  if (written.ok) return true
  for (const error of written.errors) {
    const hint = written.exists ? USE_FORCE : error.hint
    io.stderr(
      `orgscope ${command}: could not write ${given}: ${error.message}${hint ? ` (${hint})` : ''}`
    )
  }
  return false
}

/**
 * Before the work that makes a file (an export can take a minute): whether an existing file at
 * `given` already rules the write out, said as writeOutput would say it. writeOutput still
 * refuses atomically, should the file appear meanwhile.
 */
export async function outputTaken(
  io: Io,
  command: string,
  given: string,
  { force }: { force: boolean }
): Promise<boolean> {
  const exists = await stat(userPath(given)).then(
    (info) => info.isFile(),
    () => false
  )
  if (force || !exists) return false
  io.stderr(`orgscope ${command}: could not write ${given}: the file already exists (${USE_FORCE})`)
  return true
}

const USE_FORCE = 'use --force to replace it'
