import { z } from 'zod'

/** One problem found in a catalog, located precisely enough for an editor to jump to it. */
export const Diagnostic = z.object({
  file: z.string(),
  /** 1-based line; 0 when the problem concerns the whole file (e.g. it is too large). */
  line: z.number().int().min(0),
  /** 1-based column; 0 together with line 0. */
  column: z.number().int().min(0),
  message: z.string(),
  /** How to fix it, when we know: "did you mean "Kubernetes"?" */
  hint: z.string().optional()
})
export type Diagnostic = z.infer<typeof Diagnostic>

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Diagnostic[] }

/** A failure about a whole file (line and column 0): empty, unreadable, of no kind we read. */
export function fileFailure(
  file: string,
  message: string,
  hint?: string
): { ok: false; errors: Diagnostic[] } {
  return { ok: false, errors: [{ file, line: 0, column: 0, message, ...(hint ? { hint } : {}) }] }
}
