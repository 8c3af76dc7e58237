import type { Catalog } from '../../../shared/catalog/catalog'
import type { Result } from '../../../shared/catalog/diagnostic'
import { loadCatalogText } from '../../../shared/catalog/load'
import { isGuideFile } from '../../../shared/import/import-format'

/**
 * The catalog pipeline the browser build runs in the page (main runs it in the app), in a chunk
 * of its own: the renderer's first chart is drawn from what this returns, but nothing else of
 * the page needs the YAML parser or the validator. A markdown team guide goes through
 * loadCatalogSource, fetched only then: the importer brings markdown-it and the technology
 * dictionary (about 50 KB gzipped) that no YAML or JSON catalog needs.
 */
export async function loadInPage(text: string, name: string): Promise<Result<Catalog>> {
  if (!isGuideFile(name)) return loadCatalogText(text, name)
  const { loadCatalogSource } = await import('../../../shared/sources/load-source')
  return loadCatalogSource(text, name)
}
