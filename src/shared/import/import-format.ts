import type { ImportPlan } from './import-plan'

/**
 * Sources read through an importer rather than as a catalog, by extension. A Backstage entity
 * file is YAML like a catalog: it is imported when asked (`orgscope import catalog-info.yaml`).
 * MDX (Docusaurus, Astro, Nextra pages) is markdown with JSX and ES module lines: a team guide.
 * So is a page written in HTML (a site's teams.html, a page saved from a wiki): the markdown
 * reader reads its headings, paragraphs, lists and tables as the page shows them.
 */
const IMPORT_EXTENSIONS: [RegExp, ImportPlan['format']][] = [
  [/\.(?:md|mdx|markdown|html?)$/iu, 'markdown'],
  [/\.(?:csv|tsv)$/iu, 'csv']
]

/**
 * Which importer reads `file`, or undefined for a catalog (YAML or JSON). Apart from
 * load-source.ts so that the browser build can tell without loading the importers (markdown-it
 * and the technology dictionary), which it fetches only when such a file is opened.
 */
export function importFormatOf(file: string): ImportPlan['format'] | undefined {
  return IMPORT_EXTENSIONS.find(([pattern]) => pattern.test(file))?.[1]
}

/** Whether `file` is read through an importer (a markdown team guide, …), not as a catalog. */
export function isGuideFile(file: string): boolean {
  return importFormatOf(file) !== undefined
}
