import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { app } from 'electron'
import { z } from 'zod'
import { writeFileAtomic } from '../node/files/write-atomic'

/** File → Open Recent shows this many, most recent first. */
export const MAX_RECENT_CATALOGS = 8

const FILE_NAME = 'recent-catalogs.json'

/**
 * What the file in userData holds. Parsed like any input: a hand-edited or truncated file gives
 * an empty list, never a crash at startup.
 */
const RecentCatalogsFile = z.object({
  version: z.literal(1),
  files: z.array(z.string().min(1).max(4096)).max(100)
})

let recent: string[] | undefined
const listeners = new Set<() => void>()
/** Writes run one after another, so an older list can never be renamed over a newer one. */
let writing: Promise<unknown> = Promise.resolve()

export function recentCatalogsFile(): string {
  return join(app.getPath('userData'), FILE_NAME)
}

/** The recent catalogs, most recent first (read from disk the first time). */
export function recentCatalogs(): readonly string[] {
  recent ??= readRecent()
  return recent
}

/** Puts `path` first (once), keeps MAX_RECENT_CATALOGS, saves, and tells the menu. */
export function addRecentCatalog(path: string): Promise<void> {
  return update(withRecent(recentCatalogs(), path))
}

export function clearRecentCatalogs(): Promise<void> {
  return update([])
}

/** Called after every change (the menu rebuilds its Open Recent submenu). */
export function onRecentCatalogsChanged(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The list with `path` moved (or added) to the front, capped. Pure, for tests. */
export function withRecent(list: readonly string[], path: string): string[] {
  const absolute = resolve(path)
  const key = comparable(absolute)
  return [absolute, ...list.filter((entry) => comparable(entry) !== key)].slice(
    0,
    MAX_RECENT_CATALOGS
  )
}

/** Forgets the in-memory copy; the next read goes to disk again. For tests. */
export function resetRecentCatalogsCache(): void {
  recent = undefined
}

async function update(next: string[]): Promise<void> {
  const unchanged =
    next.length === recentCatalogs().length && next.every((p, i) => p === recentCatalogs()[i])
  recent = next
  if (unchanged) return
  for (const listener of listeners) listener()
  const text = `${JSON.stringify({ version: 1, files: next }, null, 2)}\n`
  const write = writing.then(() => writeFileAtomic(recentCatalogsFile(), text))
  writing = write.catch(() => undefined)
  const result = await write
  // A list we could not save still works for this session; say why in main's log only.
  if (!result.ok) console.warn('[recent] not saved:', result.errors[0]?.message)
}

function readRecent(): string[] {
  let text: string
  try {
    text = readFileSync(recentCatalogsFile(), 'utf8')
  } catch {
    return [] // first run, or unreadable: start with an empty list
  }
  try {
    const parsed = RecentCatalogsFile.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data.files.slice(0, MAX_RECENT_CATALOGS) : []
  } catch {
    return []
  }
}

/** Windows and macOS file systems ignore case by default: one entry per file there. */
function comparable(path: string): string {
  return process.platform === 'linux' ? path : path.toLowerCase()
}
