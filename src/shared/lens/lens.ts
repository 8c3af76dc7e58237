import { z } from 'zod'
import { LENS_MODES } from './lens-modes'

/** Teams with any of the selected technologies, or with all of them. */
export const LensMode = z.enum(LENS_MODES)
export type LensMode = z.infer<typeof LensMode>

/** What the technology lens is set to: part of the view state, saved and exported with it. */
export const Lens = z.object({
  /** Canonical technology names, in the order they were selected (that order picks colours). */
  technologies: z.array(z.string()).default([]),
  mode: LensMode.default('any'),
  /** Count technologies a team's text only mentions, not just its stated stack. */
  includeMentions: z.boolean().default(false),
  /**
   * "Hiring now": only teams with a role open now match (and, with technologies selected, those
   * of them that also match the technologies).
   */
  hiring: z.boolean().optional()
})
export type Lens = z.infer<typeof Lens>
