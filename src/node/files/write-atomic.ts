import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { Diagnostic } from '../../shared/catalog/diagnostic'

/** The file-system calls an atomic write makes; injectable so tests can make any step fail. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<WritableHandle>
  rename(from: string, to: string): Promise<void>
  link(existing: string, path: string): Promise<void>
  unlink(path: string): Promise<void>
  stat(path: string): Promise<{ mode: number; isDirectory(): boolean }>
  lstat(path: string): Promise<{ isSymbolicLink(): boolean; isDirectory(): boolean }>
  readlink(path: string): Promise<string>
}

interface WritableHandle {
  writeFile(data: Uint8Array | string): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export interface WriteOptions {
  /**
   * Whether an existing file may be replaced (the default: the app asked through a save dialog
   * that confirms it). False never replaces one, not even one created by a race meanwhile: the
   * CLI without --force.
   */
  replace?: boolean
  fs?: AtomicWriteFs
}

export type WriteResult =
  | { ok: true; path: string }
  | {
      ok: false
      errors: Diagnostic[]
      /** The file was there and `replace` was false. */
      exists?: true
    }

/** Most file systems (ext4, APFS, NTFS) allow 255 bytes in one name. */
const NAME_MAX_BYTES = 255
/** How many symbolic links to follow before calling it a loop, as Linux does (MAXSYMLINKS). */
const MAX_LINKS = 40

/**
 * Writes `data` to `target` so that, whatever fails, the target is either its old self or the
 * complete new file, never a partial or empty one: write a temporary file in the same folder
 * (same file system, so the rename is atomic), flush it to disk, then rename it over the target.
 * On any failure the temporary file is removed and the reason comes back as a value, in words
 * a user can act on.
 *
 * - The temporary file is created exclusively (O_CREAT | O_EXCL), which never follows a symbolic
 *   link planted at its name, and its name is short whatever the target's, so a legal long name
 *   never fails because of ours.
 * - A target that is a symbolic link keeps its link: the write goes through to the file it points
 *   at (the temporary file beside that file, renamed onto it), as an editor saving a linked
 *   dotfile does. Renaming over the link itself would replace it with a regular file.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  { replace = true, fs = nodeFs as unknown as AtomicWriteFs }: WriteOptions = {}
): Promise<WriteResult> {
  let destination = target
  let temp: string | undefined
  try {
    destination = await followLinks(target, fs)
    const existing = await fs.stat(destination).catch(() => undefined)
    if (existing?.isDirectory()) {
      return failure(target, `${target} is a folder`, 'choose a file name inside it')
    }
    if (existing && !replace) return alreadyExists(target)
    // Keep the permissions of a file we replace; a new file gets the usual rw-r--r--.
    const created = await createTemp(
      dirname(destination),
      existing ? existing.mode & 0o777 : 0o644,
      fs
    )
    temp = created.path
    const { handle } = created
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (replace) {
      await fs.rename(temp, destination)
      temp = undefined
    } else {
      await linkNew(temp, destination, fs)
    }
    return { ok: true, path: target }
  } catch (error) {
    return explain(error, target, destination, fs)
  } finally {
    if (temp) await fs.unlink(temp).catch(() => undefined)
  }
}

/**
 * A new, empty temporary file in `folder`: hidden, short whatever the target's name, and
 * recognisably ours if a crash ever leaves one behind. Opened with O_EXCL ('wx'), so a name that
 * is taken, even by a symbolic link planted there, fails rather than being followed; another
 * random name is then tried.
 */
async function createTemp(
  folder: string,
  mode: number,
  fs: AtomicWriteFs
): Promise<{ path: string; handle: WritableHandle }> {
  for (let attempt = 1; ; attempt++) {
    const path = join(folder, `.orgscope-${randomBytes(6).toString('hex')}.tmp`)
    try {
      return { path, handle: await fs.open(path, 'wx', mode) }
    } catch (error) {
      const taken = (error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST'
      // A taken temporary name says nothing about the target: never report it as "exists".
      if (!taken || attempt === 3)
        throw taken ? new Error(`could not create a temporary file in ${folder}`) : error
    }
  }
}

/** The file `path` finally names: itself, or what its chain of symbolic links points at. */
async function followLinks(path: string, fs: AtomicWriteFs): Promise<string> {
  let current = resolve(path)
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const info = await fs.lstat(current).catch((error: NodeJS.ErrnoException) => {
      // Nothing there yet (a new file, or the end of a dangling link): write it here.
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (!info?.isSymbolicLink()) return hops === 0 ? path : current
    current = resolve(dirname(current), await fs.readlink(current))
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' })
}

/**
 * Puts the complete temporary file at `path` only if nothing is there: link() fails when the
 * name exists, so an existing file is never replaced, even one created since we looked.
 */
async function linkNew(temp: string, path: string, fs: AtomicWriteFs): Promise<void> {
  try {
    await fs.link(temp, path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    // Some file systems (FAT, some network mounts) have no hard links: check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') {
      throw error
    }
    if (await fs.stat(path).catch(() => undefined)) {
      throw Object.assign(new Error('file exists'), { code: 'EEXIST' })
    }
    await fs.rename(temp, path)
  }
}

/** Every errno a write can meet, in words: what went wrong, where, and what to do. */
async function explain(
  error: unknown,
  target: string,
  destination: string,
  fs: AtomicWriteFs
): Promise<WriteResult> {
  const folder = dirname(destination)
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'EEXIST':
      return alreadyExists(target)
    case 'EISDIR':
      return failure(target, `${target} is a folder`, 'choose a file name inside it')
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
      return failure(
        target,
        `the folder ${folder} does not exist`,
        'create it first, or choose an existing folder'
      )
    case 'ENOTDIR': {
      const file = await fileInPath(folder, fs)
      return failure(
        target,
        file
          ? `${file} is a file, not a folder, so nothing can be saved inside it`
          : `a part of ${folder} is not a folder`,
        'choose a folder that exists'
      )
    }
    case 'ENAMETOOLONG': {
      const bytes = Buffer.byteLength(basename(destination))
      return bytes > NAME_MAX_BYTES
        ? failure(
            target,
            `the file name ${basename(target)} is too long (${bytes} bytes; the limit is ${NAME_MAX_BYTES})`,
            'choose a shorter name'
          )
        : failure(target, `the path ${target} is too long`, 'choose a folder nearer the root')
    }
    case 'ELOOP':
      return failure(
        target,
        `too many symbolic links on the way to ${target} (is there a loop?)`,
        'point the link at a real file, or choose another name'
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

/** The nearest ancestor of `folder` that exists and is a file, if one is what broke the path. */
async function fileInPath(folder: string, fs: AtomicWriteFs): Promise<string | undefined> {
  for (let path = folder; path !== dirname(path); path = dirname(path)) {
    const info = await fs.stat(path).catch(() => undefined)
    if (info) return info.isDirectory() ? undefined : path
  }
  return undefined
}

function alreadyExists(target: string): WriteResult {
  return { ...failure(target, 'the file already exists', 'choose another name'), exists: true }
}

function failure(file: string, message: string, hint?: string): WriteResult & { ok: false } {
  return { ok: false, errors: [{ file, line: 0, column: 0, message, ...(hint && { hint }) }] }
}
