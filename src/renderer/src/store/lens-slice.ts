import type { StateCreator } from 'zustand'
import type { Lens } from '../../../shared/lens/lens'
import { DEFAULT_SETTINGS } from '../../../shared/persist/default-settings'
import { toggled } from './toggled'

/**
 * The technology lens as the user set it. What it matches is derived (derived-lens.ts), once per
 * change, for every view that draws it.
 */
export interface LensSlice {
  lens: Lens
  /** A technology under the pointer in the lens panel: highlighted without being selected. */
  preview?: string
  hideNonMatches: boolean
  /** Draw links between the teams that share each selected technology. */
  connect: boolean

  toggleTechnology(name: string): void
  setLens(lens: Partial<Lens>): void
  clearLens(): void
  setPreview(name: string | undefined): void
  setHideNonMatches(hide: boolean): void
  setConnect(connect: boolean): void
}

export const createLensSlice: StateCreator<LensSlice, [], [], LensSlice> = (set) => ({
  lens: DEFAULT_SETTINGS.lens,
  hideNonMatches: DEFAULT_SETTINGS.hideNonMatches,
  connect: false,

  toggleTechnology: (name) =>
    set(({ lens }) => ({ lens: { ...lens, technologies: toggled(lens.technologies, name) } })),
  setLens: (partial) =>
    set((state) => {
      const lens = { ...state.lens, ...partial }
      // The same lens again is not a new one: a new object would match the whole catalog again
      // and redraw every view of it (useUrlState sets the lens from the hash for every catalog
      // that opens, usually to what it already is).
      return sameLens(lens, state.lens) ? state : { lens }
    }),
  clearLens: () =>
    set(({ lens }) => ({ lens: { ...lens, technologies: [], hiring: false }, preview: undefined })),
  setPreview: (preview) => set({ preview }),
  setHideNonMatches: (hideNonMatches) => set({ hideNonMatches }),
  setConnect: (connect) => set({ connect })
})

function sameLens(a: Lens, b: Lens): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Lens)[])
  return [...keys].every((key) => {
    const [x, y] = [a[key], b[key]]
    return Array.isArray(x) && Array.isArray(y)
      ? x.length === y.length && x.every((item, i) => item === y[i])
      : x === y
  })
}
