import { isAbsolute, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundledCatalogPath } from '../../node/catalog/load-file'
import { userPath } from './user-path'

// From the source file, not the working directory: `orgscope validate` must find the bundled
// catalog wherever it is run from.
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))

/** For each command's help: what happens when no file is given. */
export const FILE_NOTE = '[file] defaults to the bundled Teleport catalog (data/teleport.yaml).'

/**
 * The catalog file a command works on: the one given, else the bundled Teleport catalog, shown
 * relative to `cwd` when it lies below it (shorter, and still a clickable file:line:column).
 */
export function catalogArg(given: string | undefined, cwd = process.cwd()): string {
  if (given !== undefined) return userPath(given)
  const bundled = bundledCatalogPath(REPO_ROOT)
  const fromCwd = relative(cwd, bundled)
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? bundled : fromCwd
}
