import type { StateCreator } from 'zustand'
import { toggled } from './toggled'

/** A candidate's choices in "find your team". */
export interface FitSlice {
  fit: { technologies: readonly string[]; interests: readonly string[] }
  toggleFitTechnology(name: string): void
  toggleFitInterest(id: string): void
  clearFit(): void
}

export const createFitSlice: StateCreator<FitSlice, [], [], FitSlice> = (set) => ({
  fit: { technologies: [], interests: [] },
  toggleFitTechnology: (name) =>
    set(({ fit }) => ({ fit: { ...fit, technologies: toggled(fit.technologies, name) } })),
  toggleFitInterest: (id) =>
    set(({ fit }) => ({ fit: { ...fit, interests: toggled(fit.interests, id) } })),
  clearFit: () => set({ fit: { technologies: [], interests: [] } })
})
