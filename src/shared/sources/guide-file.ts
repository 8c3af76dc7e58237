/** Markdown team guides: read through the importer rather than as YAML. */
const GUIDE_EXTENSION = /\.(?:md|markdown)$/iu

/**
 * Whether `file` is a markdown team guide. Apart from load-source.ts so that the browser build
 * can tell without loading the importer (markdown-it and the technology dictionary), which it
 * fetches only when a guide is opened.
 */
export function isGuideFile(file: string): boolean {
  return GUIDE_EXTENSION.test(file)
}
