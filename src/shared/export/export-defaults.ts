/**
 * What an export option is when it is not given: one place for the dialog, the CLI and the
 * ExportOptions schema (options.ts). Plain data apart from the schema, so the page's first chunk
 * can start the export dialog's state without loading zod.
 */
export const DEFAULTS = {
  format: 'png',
  scope: 'all',
  scale: 2,
  theme: 'light',
  background: 'theme',
  legend: true,
  footer: false,
  paper: 'fit',
  orientation: 'portrait'
} as const
