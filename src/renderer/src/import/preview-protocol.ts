import type { Catalog } from '../../../shared/catalog/catalog'
import type { Diagnostic } from '../../../shared/catalog/diagnostic'
import type { ImportMapping, ImportPlan } from '../../../shared/import/import-plan'
import type { PlanCounts } from '../../../shared/sources/import-preview'
import type { PreviewSource } from '../../../shared/sources/preview-source'
import type { ThemeName } from '../../../shared/theme/palette'

/**
 * What the import preview's page and its worker (import-worker.ts) say to each other. Only plain
 * data crosses: the import plan holds functions (`locate`), so it stays with the worker's
 * session (preview-session.ts) and the page gets what the dialog shows.
 */

/** The plan as the dialog reads it: everything but the functions. */
export type PlanSummary = Pick<ImportPlan, 'format' | 'outline' | 'notes' | 'reading'> & {
  /** The company the catalog names: the chart's root, which the preview lets a person rename. */
  company: string
}

/** What one import under one mapping gives the dialog. */
export interface PreviewSummary {
  /** The mapping this summary was imported with (the outline's roles follow it). */
  mapping: ImportMapping
  plan?: PlanSummary
  counts?: PlanCounts
  errors: Diagnostic[]
  /** True when a valid catalog came out: Accept can save it. */
  importable: boolean
}

/** What the chart is drawn for. */
export interface PreviewRequest {
  mapping: ImportMapping
  theme: ThemeName
}

/** What Accept saves and opens. */
export interface AcceptedImport {
  catalog: Catalog
  catalogYaml: string
  /** The mapping to save beside the source: the choices, and the guesses accepted (confirmedMapping). */
  mapping: ImportMapping
}

/** How far one request has come: a guide cannot say how much of itself it has read. */
export type PreviewStage = 'importing' | 'drawing'

export type ToPreviewWorker =
  | {
      type: 'open'
      source: PreviewSource
      /** Logo id → path data: those the page has loaded already (the worker loads the rest). */
      logos?: [string, string][]
    }
  | { type: 'preview'; id: number; request: PreviewRequest }
  | { type: 'accept'; id: number }

export type FromPreviewWorker =
  | { type: 'stage'; id: number; stage: PreviewStage; teams?: number }
  | { type: 'imported'; id: number; summary: PreviewSummary }
  | {
      type: 'chart'
      id: number
      chart: string | undefined
      /** The chart is drawn with every team collapsed (too large to read expanded). */
      teamsCollapsed?: boolean
    }
  | { type: 'accepted'; id: number; accepted: AcceptedImport | undefined }
  | { type: 'failed'; id: number; message: string }
