import { randomBytes } from 'node:crypto'
import { link, rename, rm, stat, writeFile } from 'node:fs/promises'

export type WriteResult = { ok: true } | { ok: false; exists: boolean; message: string }

/**
 * Writes through a temporary file in the same folder, so a reader (the app watching the file)
 * never sees half a catalog. Without `replace`, the temporary file is hard-linked into place:
 * link() fails if the target exists, so an existing file is never overwritten, even by a race.
 */
export async function writeFileAtomically(
  path: string,
  text: string,
  { replace }: { replace: boolean }
): Promise<WriteResult> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(temporary, text, { flag: 'wx' })
    if (replace) {
      await rename(temporary, path)
    } else {
      await linkOrRename(temporary, path)
    }
    return { ok: true }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    return { ok: false, exists: code === 'EEXIST', message: describe(code, error) }
  } finally {
    await rm(temporary, { force: true })
  }
}

async function linkOrRename(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    // Some file systems (FAT, some network mounts) have no hard links: check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') {
      throw error
    }
    const existing = await stat(path).catch(() => undefined)
    if (existing) throw Object.assign(new Error('file exists'), { code: 'EEXIST' })
    await rename(temporary, path)
  }
}

function describe(code: string | undefined, error: unknown): string {
  switch (code) {
    case 'EEXIST':
      return 'the file already exists'
    case 'ENOENT':
      return 'its folder does not exist'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'it is a folder'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
