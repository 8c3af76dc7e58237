import type { StateCreator } from 'zustand'
import { toggled } from './toggled'

/** A candidate's choices in "find your team". */
export interface FitSlice {
  fit: { technologies: readonly string[]; interests: readonly string[]; onlyHiring?: boolean }
  toggleFitTechnology(name: string): void
  /** "Only teams that are hiring": leave out the teams with no role open now. */
  setFitOnlyHiring(onlyHiring: boolean): void
  toggleFitInterest(id: string): void
  clearFit(): void
}

export const createFitSlice: StateCreator<FitSlice, [], [], FitSlice> = (set) => ({
  fit: { technologies: [], interests: [] },
  toggleFitTechnology: (name) =>
    set(({ fit }) => ({ fit: { ...fit, technologies: toggled(fit.technologies, name) } })),
  toggleFitInterest: (id) =>
    set(({ fit }) => ({ fit: { ...fit, interests: toggled(fit.interests, id) } })),
  setFitOnlyHiring: (onlyHiring) => set(({ fit }) => ({ fit: { ...fit, onlyHiring } })),
  clearFit: () => set({ fit: { technologies: [], interests: [] } })
})
