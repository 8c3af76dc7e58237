import { loadCatalogFile } from '../../node/catalog/load-file'
import type { Catalog } from '../../shared/catalog/catalog'
import { catalogArg } from '../args/catalog-arg'
import type { Io } from '../output/io'
import { printDiagnostics } from '../output/print-diagnostics'

/**
 * Loads the catalog a command works on (catalogArg's rule), or prints every problem with its
 * file:line:column and gives undefined: the command then exits with EXIT_FAILURE.
 */
export async function loadCatalogArg(
  given: string | undefined,
  io: Io
): Promise<{ file: string; catalog: Catalog } | undefined> {
  const file = catalogArg(given)
  const result = await loadCatalogFile(file)
  if (result.ok) return { file, catalog: result.value }
  printDiagnostics(io, result.errors)
  return undefined
}
