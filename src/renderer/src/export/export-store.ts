import { create } from 'zustand'
import {
  DEFAULTS,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptionsInput
} from '../../../shared/export/options'

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

/** The dialog's choices: kept between exports (a person exports the same way twice). */
export type ExportChoices = Required<
  Pick<
    ExportOptionsInput,
    'format' | 'scale' | 'background' | 'legend' | 'footer' | 'scope' | 'paper' | 'orientation'
  >
> & { title: string; theme: 'screen' | 'light' | 'dark' }

interface ExportDialogState {
  open: boolean
  choices: ExportChoices
  show(): void
  hide(): void
  choose(change: Partial<ExportChoices>): void
}

/**
 * The export dialog's own small store, apart from the view store: opening a dialog is not view
 * state, and the chart never re-renders because of it.
 */
export const useExportDialog = create<ExportDialogState>()((set) => ({
  open: false,
  choices: {
    format: DEFAULTS.format,
    scale: DEFAULTS.scale,
    background: DEFAULTS.background,
    legend: DEFAULTS.legend,
    footer: DEFAULTS.footer,
    scope: DEFAULTS.scope,
    paper: DEFAULTS.paper,
    orientation: DEFAULTS.orientation,
    title: '',
    theme: 'screen'
  },
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
  choose: (change) => set(({ choices }) => ({ choices: { ...choices, ...change } }))
}))
