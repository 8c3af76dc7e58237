import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** A simple-icons slug: what the dictionary stores as a logo id (dictionary-format.ts). */
const LOGO_ID = /^[a-z0-9_]{1,64}$/u

/** The path data of a simple-icons SVG: one path in a 24×24 view box, no other attribute. */
const PATH_DATA = /<path d="([MmLlHhVvCcSsQqTtAaZz0-9eE.,+\s-]+)"\s*\/>/u

/**
 * A technology logo's SVG path data (24×24 view box, to be filled with one colour), read from the
 * simple-icons package, or undefined for an id it does not have. The id is checked first: it
 * names a file, and one that is not a slug must never reach the file system. The path data is
 * checked too, as the exports write it into SVG and PDF as it is.
 */
export function readLogoPath(id: string): string | undefined {
  if (!LOGO_ID.test(id)) return undefined
  let svg: string
  try {
    svg = readFileSync(require.resolve(`simple-icons/icons/${id}.svg`), 'utf8')
  } catch {
    return undefined
  }
  return PATH_DATA.exec(svg)?.[1]
}

/** The path data of each of `ids` that has a logo, read once per process. */
export function readLogoPaths(ids: Iterable<string>): ReadonlyMap<string, string> {
  const logos = new Map<string, string>()
  for (const id of ids) {
    let path = cache.get(id)
    if (path === undefined && !cache.has(id)) {
      path = readLogoPath(id)
      cache.set(id, path)
    }
    if (path !== undefined) logos.set(id, path)
  }
  return logos
}

const cache = new Map<string, string | undefined>()
