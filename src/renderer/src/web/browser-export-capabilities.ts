import type { ExportCapabilities } from '../export/export-capabilities'

/** The browser build has no Node: PDF (pdfkit) stays with the app and the CLI. */
export const BROWSER_EXPORT: ExportCapabilities = {
  formats: ['png', 'svg', 'html'],
  canReveal: false,
  note: 'PDF export is available in the desktop app and the CLI (orgscope export --format pdf).'
}
