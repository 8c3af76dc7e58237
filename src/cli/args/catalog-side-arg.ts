import { existsSync } from 'node:fs'
import { loadCatalogAtRevision } from '../../node/catalog/load-at-revision'
import { loadCatalogFile } from '../../node/catalog/load-file'
import type { Catalog } from '../../shared/catalog/catalog'
import type { Result } from '../../shared/catalog/diagnostic'
import { userCwd, userPath } from './user-path'

/** One side of a comparison: a file, or a file as a git revision holds it (`REV:path`). */
export type CatalogSide =
  { kind: 'file'; path: string } | { kind: 'revision'; revision: string; path: string }

/**
 * `given` as a side: a file that exists is a file, even with a colon in its name; otherwise
 * `REV:path` splits at the first colon outside `@{…}` (a date may hold one). A Windows drive
 * (`C:\…`) is a path.
 */
export function parseCatalogSide(given: string): CatalogSide {
  if (/^[A-Za-z]:[\\/]/.test(given) || existsSync(userPath(given))) {
    return { kind: 'file', path: given }
  }
  let depth = 0
  for (let i = 0; i < given.length; i++) {
    const char = given[i]
    if (char === '{') depth++
    else if (char === '}') depth = Math.max(0, depth - 1)
    else if (char === ':' && depth === 0 && i > 0) {
      return { kind: 'revision', revision: given.slice(0, i), path: given.slice(i + 1) }
    }
  }
  return { kind: 'file', path: given }
}

/** The catalog a side names, through the one pipeline; errors name it as the user wrote it. */
export function loadCatalogSide(side: CatalogSide): Promise<Result<Catalog>> {
  return side.kind === 'file'
    ? loadCatalogFile(userPath(side.path))
    : loadCatalogAtRevision(userCwd(), side.revision, side.path)
}

/** The side as the user wrote it, for headings. */
export function describeSide(side: CatalogSide): string {
  return side.kind === 'file' ? side.path : `${side.revision}:${side.path}`
}
