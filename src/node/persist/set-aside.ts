import { rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { setAsideName } from '../../shared/persist/stored-json'

/**
 * Moves a stored file that cannot be read back (settings, saved views) out of the way, beside
 * the original: nothing is lost, a person can inspect or repair it, and the next start begins
 * clean instead of failing on it again. Returns the new path, or undefined if even the rename
 * failed (the caller still carries on with defaults).
 */
export async function setAside(path: string, now = new Date()): Promise<string | undefined> {
  const target = join(dirname(path), setAsideName(basename(path), now))
  try {
    await rename(path, target)
    return target
  } catch (error) {
    console.warn(`[settings] could not set ${path} aside:`, error)
    return undefined
  }
}
