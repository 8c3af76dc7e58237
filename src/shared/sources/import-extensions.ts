/**
 * What a user may choose to import: spreadsheets, team guides, Backstage entity files, and the
 * mapping (`.import.json`) an earlier import saved beside its catalog.
 */
export const IMPORT_EXTENSIONS = [
  '.csv',
  '.tsv',
  '.md',
  '.mdx',
  '.markdown',
  '.html',
  '.htm',
  '.yaml',
  '.yml',
  '.json'
] as const
