import { createHash } from 'node:crypto'
import { mkdir, readFile, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { LoadViewsResult, SaveViewsResult } from '../../shared/ipc/contract'
import { SavedViewsFile, savedViewsText, type SavedView } from '../../shared/persist/saved-views'
import { parseStoredJson } from '../../shared/persist/stored-json'
import { writeFileAtomic, type WriteResult } from '../files/write-atomic'
import { setAside } from './set-aside'

/**
 * Saved views live beside the catalog they belong to, as `<catalog file>.views.json`, so they
 * travel with it (a manager prepares on one machine and presents from a USB stick on another).
 * Where that folder cannot be written, and always for the bundled catalog (its folder belongs to
 * the installed app: read-only, replaced on update, and part of the signed bundle on macOS), they
 * go to OrgScope's data folder instead, and the page says so.
 */
export const SIDECAR_SUFFIX = '.views.json'
/** A views file is a few kilobytes; anything this big is not one. */
const MAX_VIEWS_FILE_BYTES = 2 * 1024 * 1024

export interface ViewsPaths {
  /** `<catalog>.views.json`, beside the catalog. */
  sidecar: string
  /** The fallback in the user's data folder, one file per catalog path. */
  appData: string
  /** False for the bundled catalog: never write into the app's own folder. */
  sidecarWritable: boolean
}

export function viewsPaths(catalogPath: string, userData: string, bundled: boolean): ViewsPaths {
  // The catalog's name for a person browsing the folder, a hash of its full path for uniqueness.
  const key = createHash('sha256').update(catalogPath).digest('hex').slice(0, 12)
  return {
    sidecar: `${catalogPath}${SIDECAR_SUFFIX}`,
    appData: join(userData, 'saved-views', `${basename(catalogPath)}-${key}${SIDECAR_SUFFIX}`),
    sidecarWritable: !bundled
  }
}

/**
 * The views for a catalog: from the newer of the sidecar and the data-folder copy (a save that
 * fell back to the data folder is newer than the sidecar it could not replace). None yet is an
 * empty list. A file that cannot be read back is set aside, with a warning, never a crash.
 */
export async function readViews(paths: ViewsPaths): Promise<LoadViewsResult> {
  const [sidecar, appData] = await Promise.all([modified(paths.sidecar), modified(paths.appData)])
  const fromAppData = appData !== undefined && (sidecar === undefined || appData > sidecar)
  const path = fromAppData ? paths.appData : paths.sidecar
  const location = fromAppData || !paths.sidecarWritable ? 'app-data' : 'sidecar'
  if (sidecar === undefined && appData === undefined) {
    return {
      ok: true,
      views: [],
      location,
      path: paths.sidecarWritable ? paths.sidecar : paths.appData
    }
  }

  let text: string
  try {
    const size = (await stat(path)).size
    if (size > MAX_VIEWS_FILE_BYTES) {
      return setAsideWith(
        path,
        location,
        `it is ${Math.round(size / 1024)} KB, too big for a views file`
      )
    }
    text = await readFile(path, 'utf8')
  } catch (error) {
    const message = `could not read the saved views in ${path}: ${messageOf(error)}`
    return { ok: false, errors: [{ file: '', line: 0, column: 0, message }] }
  }
  const parsed = parseStoredJson(SavedViewsFile, text)
  if (!parsed.ok) return setAsideWith(path, location, parsed.reason)
  return { ok: true, views: parsed.value.views, location, path }
}

/**
 * Writes the views atomically beside the catalog; if that folder refuses (read-only, no
 * permission) or the catalog is the bundled one, into the data folder, with a notice.
 */
export async function writeViews(
  paths: ViewsPaths,
  views: readonly SavedView[],
  catalogName?: string,
  write: (path: string, text: string) => Promise<WriteResult> = writeFileAtomic
): Promise<SaveViewsResult> {
  const text = savedViewsText(views, catalogName)
  let why: string
  if (paths.sidecarWritable) {
    const beside = await write(paths.sidecar, text)
    if (beside.ok) return { ok: true, location: 'sidecar', path: beside.path }
    why = `could not save next to the catalog (${beside.errors[0]?.message})`
  } else {
    why = 'the bundled catalog’s folder belongs to the app'
  }
  await mkdir(dirname(paths.appData), { recursive: true }).catch(() => undefined)
  const fallback = await write(paths.appData, text)
  if (!fallback.ok) return fallback
  return {
    ok: true,
    location: 'app-data',
    path: fallback.path,
    notice: `Saved views are kept in OrgScope’s data folder: ${why}.`
  }
}

async function setAsideWith(
  path: string,
  location: 'sidecar' | 'app-data',
  reason: string
): Promise<LoadViewsResult> {
  const aside = await setAside(path)
  return {
    ok: true,
    views: [],
    location,
    path,
    warning:
      `The saved views in ${basename(path)} could not be used: ${reason}.` +
      (aside ? ` The file was set aside as ${basename(aside)}.` : '')
  }
}

async function modified(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path)
    return info.isFile() ? info.mtimeMs : undefined
  } catch {
    return undefined
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
