import { stringify } from 'yaml'
import type { CatalogFile } from '../catalog/schema'

/**
 * An imported catalog as the YAML file a person reviews and keeps editing: block style, 100
 * columns like the bundled catalog, and a header saying where it came from.
 */
export function importedCatalogYaml(catalog: CatalogFile, source: string): string {
  const header = [
    `# OrgScope catalog imported from ${source.replace(/[\r\n]+/gu, ' ')} by \`orgscope import\`.`,
    '# Review it: the import report lists what was inferred, skipped and guessed.',
    ''
  ].join('\n')
  // No anchors or aliases, even where two values are equal: the loader limits aliases.
  return header + stringify(catalog, { lineWidth: 100, aliasDuplicateObjects: false })
}
