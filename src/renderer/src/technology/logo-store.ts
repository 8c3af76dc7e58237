import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { LogoQueue } from './logo-queue'

/**
 * The technology logos the page has loaded, by logo id: path data once loaded, null for an id
 * without a logo or whose chunk failed to load. A logo is fetched the first time something draws
 * it (so only the logos of the chips on screen are loaded) and never before the first chart:
 * its chunk and the index of chunks load once the frame whose chips asked is painted, with the
 * other logos that frame asked for (logo-queue.ts).
 */
const logos = new Map<string, string | null>()
const pending = new Set<string>()
const listeners = new Set<() => void>()
/** Counts the logos that arrived: useLogoPaths's snapshot (useLogoPath reads its own logo). */
let version = 0

const loader = () => import('virtual:technology-logos')

const queue = new LogoQueue(
  async (ids) => {
    const { loadLogo } = await loader()
    return Promise.all(ids.map((id) => loadLogo(id).catch(() => undefined)))
  },
  (ids, paths) => {
    ids.forEach((id, i) => {
      pending.delete(id)
      logos.set(id, paths[i] ?? null)
    })
    version++
    for (const listener of listeners) listener()
  }
)

function request(id: string): void {
  if (logos.has(id) || pending.has(id)) return
  pending.add(id)
  queue.add(id)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * A logo's path data once loaded; undefined before (it asks for it) or for no logo. A component
 * re-renders when its own logo arrives, not when any other does: a chart of a hundred teams draws
 * hundreds of chips with logos and fetches a hundred logos, one chunk each.
 */
export function useLogoPath(id: string | undefined): string | undefined {
  const path = useSyncExternalStore(subscribe, () => (id === undefined ? null : logos.get(id)))
  if (id === undefined) return undefined
  if (path === undefined) {
    // Asked for during render, loaded outside it: request() only starts a promise.
    request(id)
    return undefined
  }
  return path ?? undefined
}

/** The logos loaded so far, by id: for a drawing made in the page (the print sheet). */
export function loadedLogos(): ReadonlyMap<string, string> {
  const loaded = new Map<string, string>()
  for (const [id, path] of logos) if (path !== null) loaded.set(id, path)
  return loaded
}

/**
 * The logos of `ids`, asking for those not loaded: for a drawing made in the page by the export's
 * writer (the import preview's chart), which draws a chip's logo only when given its path. The
 * same empty map until every one has arrived (or failed), then one map: the drawing is made again
 * once, not once per logo.
 */
export function useLogoPaths(ids: readonly string[]): ReadonlyMap<string, string> {
  const loadedVersion = useSyncExternalStore(subscribe, () => version)
  useEffect(() => {
    for (const id of ids) request(id)
  }, [ids])
  return useMemo(() => pathsOf(ids, loadedVersion), [ids, loadedVersion])
}

const NOT_YET: ReadonlyMap<string, string> = new Map()

/** `ids`' loaded paths as of `_version` (named so that the memo above is made again). */
function pathsOf(ids: readonly string[], _version: number): ReadonlyMap<string, string> {
  if (ids.some((id) => !logos.has(id))) return NOT_YET
  const paths = new Map<string, string>()
  for (const id of ids) {
    const path = logos.get(id)
    if (path) paths.set(id, path)
  }
  return paths
}
