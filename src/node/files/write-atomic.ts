import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Diagnostic } from '../../shared/catalog/diagnostic'

/** The file-system calls an atomic write makes; injectable so tests can make any step fail. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<WritableHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  stat(path: string): Promise<{ mode: number; isDirectory(): boolean }>
}

interface WritableHandle {
  writeFile(data: Uint8Array | string): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export type WriteResult = { ok: true; path: string } | { ok: false; errors: Diagnostic[] }

/**
 * Writes `data` to `target` so that, whatever fails, the target is either its old self or the
 * complete new file, never a partial or empty one: write a temporary file in the same folder
 * (same file system, so the rename is atomic), flush it to disk, then rename it over the target.
 * On any failure the temporary file is removed and the reason comes back as a value, in words
 * a user can act on.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  fs: AtomicWriteFs = nodeFs as unknown as AtomicWriteFs
): Promise<WriteResult> {
  const folder = dirname(target)
  // Hidden, unique, and recognisably ours if a crash ever leaves one behind.
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  let created = false
  try {
    const existing = await fs.stat(target).catch(() => undefined)
    if (existing?.isDirectory()) {
      return failure(target, `${target} is a folder`, 'choose a file name inside it')
    }
    // Keep the permissions of a file we replace; a new file gets the usual rw-r--r--.
    const handle = await fs.open(temp, 'wx', existing ? existing.mode & 0o777 : 0o644)
    created = true
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, target)
    created = false
    return { ok: true, path: target }
  } catch (error) {
    return explain(error, target, folder)
  } finally {
    if (created) await fs.unlink(temp).catch(() => undefined)
  }
}

function explain(error: unknown, target: string, folder: string): WriteResult {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return failure(
        target,
        `cannot write to the folder ${folder}: permission denied`,
        'choose another folder, or make this one writable (for example: chmod u+w on the folder)'
      )
    case 'EROFS':
      return failure(
        target,
        `cannot write to the folder ${folder}: it is on a read-only disk`,
        'choose a folder on a writable disk'
      )
    case 'ENOENT':
    case 'ENOTDIR':
      return failure(
        target,
        `the folder ${folder} does not exist`,
        'create it first, or choose an existing folder'
      )
    case 'ENOSPC':
    case 'EDQUOT':
      return failure(
        target,
        `not enough disk space to write ${basename(target)} in ${folder}`,
        'free some space, or choose another disk'
      )
    default:
      return failure(
        target,
        `could not write ${target}: ${error instanceof Error ? error.message : String(error)}`
      )
  }
}

function failure(file: string, message: string, hint?: string): WriteResult {
  return { ok: false, errors: [{ file, line: 0, column: 0, message, ...(hint && { hint }) }] }
}
