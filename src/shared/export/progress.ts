import { z } from 'zod'

/**
 * How far an export has got: `done` of `total` steps of its slow part (a PNG's drawing and
 * encoding, a PDF's pages), so the export dialog can show a real progress bar. Crosses from the
 * export worker to main and from main to the page, so it is a schema.
 */
export const ExportProgress = z
  .object({
    done: z.number().int().min(0),
    total: z.number().int().min(1)
  })
  .strict()
  .refine((p) => p.done <= p.total, { message: 'done is more than total' })
export type ExportProgress = z.output<typeof ExportProgress>

export type ProgressListener = (progress: ExportProgress) => void
