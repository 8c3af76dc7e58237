import type { StateCreator } from 'zustand'
import type { ExportOptionsInput } from '../../../shared/export/options'
import { DEFAULTS } from '../../../shared/export/export-defaults'

/** The export dialog's choices: kept between exports (a person exports the same way twice). */
export type ExportChoices = Required<
  Pick<
    ExportOptionsInput,
    'format' | 'scale' | 'background' | 'legend' | 'footer' | 'scope' | 'paper' | 'orientation'
  >
> & { title: string; theme: 'screen' | 'light' | 'dark' }

/** Whether the export dialog is open, and what it is set to. */
export interface ExportDialogSlice {
  exportDialogOpen: boolean
  exportChoices: ExportChoices
  showExportDialog(): void
  hideExportDialog(): void
  chooseExport(change: Partial<ExportChoices>): void
}

export const createExportDialogSlice: StateCreator<ExportDialogSlice, [], [], ExportDialogSlice> = (
  set
) => ({
  exportDialogOpen: false,
  exportChoices: {
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
  showExportDialog: () => set({ exportDialogOpen: true }),
  hideExportDialog: () => set({ exportDialogOpen: false }),
  chooseExport: (change) =>
    set(({ exportChoices }) => ({ exportChoices: { ...exportChoices, ...change } }))
})
