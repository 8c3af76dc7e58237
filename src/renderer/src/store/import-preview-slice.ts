import type { StateCreator } from 'zustand'

/** The files the user chose to import: the import preview is open while there are some. */
export interface ImportPreviewSlice {
  importFiles: readonly File[] | undefined
  showImportPreview(files: readonly File[]): void
  hideImportPreview(): void
}

export const createImportPreviewSlice: StateCreator<
  ImportPreviewSlice,
  [],
  [],
  ImportPreviewSlice
> = (set) => ({
  importFiles: undefined,
  showImportPreview: (files) => set({ importFiles: files.length > 0 ? files : undefined }),
  hideImportPreview: () => set({ importFiles: undefined })
})
