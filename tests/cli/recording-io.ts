import { expect } from 'vitest'
import type { Io } from '../../src/cli/output/io'

/** An Io that records what a command printed, one entry per call, as the terminal shows it. */
export function recordingIo() {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { stdout: (text) => out.push(text), stderr: (text) => err.push(text) }
  return { io, stdout: () => out.join('\n'), stderr: () => err.join('\n') }
}

/** A command as the CLI runs it (or `runCli` itself): the arguments and where to print. */
type Runnable = (args: string[], io: Io) => Promise<number>

/** Runs `command` with a recording Io: its exit code and what it printed. */
export async function runRecorded(command: Runnable, args: string[]) {
  const { io, stdout, stderr } = recordingIo()
  const code = await command(args, io)
  return { code, stdout: stdout(), stderr: stderr() }
}

/** Runs `command`, expects it to succeed with nothing on stderr, and gives what it printed, by line. */
export async function runLines(command: Runnable, args: string[]): Promise<string[]> {
  const { code, stdout, stderr } = await runRecorded(command, args)
  expect(stderr).toBe('')
  expect(code).toBe(0)
  return stdout.split('\n')
}

/** Runs `command` with `--json`, expects it to succeed with nothing on stderr, and parses stdout. */
export async function runJson<T>(command: Runnable, args: string[]): Promise<T> {
  const { code, stdout, stderr } = await runRecorded(command, [...args, '--json'])
  expect(stderr).toBe('')
  expect(code).toBe(0)
  return JSON.parse(stdout) as T
}
