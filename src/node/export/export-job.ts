import type { ExportOptions, ExportView } from '../../shared/export/options'
import type { ExportProgress } from '../../shared/export/progress'
import type { RasterLimits } from '../../shared/export/raster-size'
import type { RenderedExport } from '../../shared/export/render-export'

/** What the export worker is asked to draw. */
export interface ExportJobRequest {
  /**
   * The catalog as UTF-8 JSON, in parts: in the app, the parts the catalog loader keeps (main
   * never parses the catalog). Posting the catalog object instead would clone it on the sending
   * thread each time: 40–90 ms at 5,000 teams, during which main answers nothing.
   */
  catalog: Uint8Array[]
  view: ExportView
  options: ExportOptions
  rasterLimits?: RasterLimits
  /**
   * Where the PNG band thread's built script is (main's bundle knows; png-bands.ts). Absent
   * from source, where the thread finds it beside its own file.
   */
  bandWorker?: string
}

/** What the export worker says back: how far it is, then the file or why it failed. */
export type ExportJobMessage =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; rendered: RenderedExport }
  | { type: 'failed'; message: string }
