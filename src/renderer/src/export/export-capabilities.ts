import type { ExportFormat } from '../../../shared/export/options'
import { EXPORT_FORMATS } from '../../../shared/export/export-formats'

/**
 * What this build can export, set once at start-up. The app (main process) writes every format;
 * the browser build has no Node, so it leaves out PDF (pdfkit is Node-only) and cannot reveal a
 * downloaded file in its folder.
 */
export interface ExportCapabilities {
  formats: readonly ExportFormat[]
  canReveal: boolean
  /** Shown in the dialog when some formats are missing. */
  note?: string
}

let capabilities: ExportCapabilities = { formats: EXPORT_FORMATS, canReveal: true }

export function setExportCapabilities(value: ExportCapabilities): void {
  capabilities = value
}

export function exportCapabilities(): ExportCapabilities {
  return capabilities
}
