import type { StateCreator } from 'zustand'

/** What goes on paper, computed once when printing starts (print/print-sheet.ts). */
export interface Sheet {
  title: string
  details: string
  /** The chart as inline SVG markup (no XML declaration). */
  svg: string
  orientation: 'portrait' | 'landscape'
}

/**
 * The print sheet while printing. It is drawn only around a print (it is the whole chart as
 * vector SVG: cheap once, wasteful on every lens click), and hidden on screen even then.
 */
export interface PrintSlice {
  printSheet?: Sheet
  setPrintSheet(sheet: Sheet | undefined): void
}

export const createPrintSlice: StateCreator<PrintSlice, [], [], PrintSlice> = (set) => ({
  setPrintSheet: (printSheet) => set({ printSheet })
})
