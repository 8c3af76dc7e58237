import type { Catalog } from '../../shared/catalog/catalog'
import type { ExportOptions, ExportView } from '../../shared/export/options'
import type { ExportProgress } from '../../shared/export/progress'
import type { RasterLimits } from '../../shared/export/raster-size'
import type { RenderedExport } from '../../shared/export/render-export'

/** What the export worker is asked to draw. */
export interface ExportJobRequest {
  /** The catalog as UTF-8 JSON (see catalogBytes). */
  catalog: Uint8Array
  view: ExportView
  options: ExportOptions
  rasterLimits?: RasterLimits
}

/** What the export worker says back: how far it is, then the file or why it failed. */
export type ExportJobMessage =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; rendered: RenderedExport }
  | { type: 'failed'; message: string }

const serialized = new WeakMap<Catalog, Uint8Array>()

/**
 * The catalog as the worker receives it: UTF-8 JSON, made once per catalog and then copied to
 * each export's thread as bytes. Posting the catalog object itself clones it on the sending
 * thread every time: 40–90 ms at 5,000 teams, during which main answers nothing; the bytes
 * take ~1 ms. (The catalog is plain JSON data: validated, normalized and frozen.)
 */
export function catalogBytes(catalog: Catalog): Uint8Array {
  let bytes = serialized.get(catalog)
  if (!bytes) {
    bytes = new TextEncoder().encode(JSON.stringify(catalog))
    serialized.set(catalog, bytes)
  }
  return bytes
}

export function catalogOf(bytes: Uint8Array): Catalog {
  return JSON.parse(new TextDecoder().decode(bytes)) as Catalog
}
