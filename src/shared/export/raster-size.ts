/**
 * How large a PNG export may be. A 5,000-team chart at 2× is about 29,000 × 45,000 px (1.3
 * gigapixels): it took 10 GB of memory and minutes to write, and most viewers cannot open it.
 *
 * - `maxSide`, 16,384 px: the largest texture most GPUs take (WebGL's MAX_TEXTURE_SIZE on
 *   desktop hardware), which image viewers and browsers draw through; Chromium's canvas also
 *   stops at 16,384² pixels, so the browser build cannot encode more.
 * - `maxPixels`, 8,192² ≈ 67 megapixels: a viewer holds the decoded image at 4 bytes a pixel,
 *   so 256 MiB; that is what a laptop opens without trouble, and what Skia draws in
 *   about half a gigabyte beside the scene. Beyond it a PNG is the wrong format: SVG and PDF keep
 *   every detail at any zoom.
 */
export interface RasterLimits {
  maxSide: number
  maxPixels: number
}

export const RASTER_LIMITS: RasterLimits = { maxSide: 16_384, maxPixels: 8_192 * 8_192 }

export interface RasterSize {
  /** The scale the image is drawn at: the requested one, or less when a limit required it. */
  scale: number
  requestedScale: number
  /** Pixels, rounded to the nearest whole pixel. */
  width: number
  height: number
  /** Which limit lowered the scale, if one did. */
  limitedBy?: 'side' | 'pixels'
}

/**
 * The size of a PNG of a `width` × `height` (CSS px) drawing at `scale`, lowered to the largest
 * two-decimal scale that keeps both limits when the requested one would break them. Two
 * decimals, so the scale the notice names is exactly the one used.
 */
export function rasterSize(
  drawing: { width: number; height: number },
  requestedScale: number,
  limits: RasterLimits = RASTER_LIMITS
): RasterSize {
  const at = (scale: number) => ({
    width: Math.max(1, Math.round(drawing.width * scale)),
    height: Math.max(1, Math.round(drawing.height * scale))
  })
  const sideOk = (s: { width: number; height: number }) =>
    Math.max(s.width, s.height) <= limits.maxSide
  const pixelsOk = (s: { width: number; height: number }) => s.width * s.height <= limits.maxPixels

  const requested = at(requestedScale)
  if (sideOk(requested) && pixelsOk(requested)) {
    return { scale: requestedScale, requestedScale, ...requested }
  }
  const bySide = limits.maxSide / Math.max(drawing.width, drawing.height)
  const byPixels = Math.sqrt(limits.maxPixels / (drawing.width * drawing.height))
  const fits = (scale: number) => sideOk(at(scale)) && pixelsOk(at(scale))
  const step = (scale: number, by: number) => Math.round((scale + by) * 100) / 100
  let scale = Math.max(0.01, Math.floor(Math.min(bySide, byPixels, requestedScale) * 100) / 100)
  // Each side is rounded to whole pixels, which can take a pixel off or add one: settle on the
  // largest two-decimal scale that fits.
  while (scale > 0.01 && !fits(scale)) scale = step(scale, -0.01)
  while (step(scale, 0.01) < requestedScale && fits(step(scale, 0.01))) scale = step(scale, 0.01)
  return {
    scale,
    requestedScale,
    ...at(scale),
    limitedBy: bySide <= byPixels ? 'side' : 'pixels'
  }
}

/**
 * What to tell a person whose PNG was made smaller, or nothing: "Scaled to 0.45× (6,595 ×
 * 10,100 px) instead of 2× to stay under 67 megapixels; export SVG or PDF for full detail."
 */
export function rasterNotice(
  size: RasterSize,
  limits: RasterLimits = RASTER_LIMITS
): string | undefined {
  if (!size.limitedBy) return undefined
  const limit =
    size.limitedBy === 'side'
      ? `${grouped(limits.maxSide)} px on the longest side`
      : `${megapixels(limits.maxPixels)} megapixels`
  return (
    `Scaled to ${size.scale}× (${grouped(size.width)} × ${grouped(size.height)} px) instead of ` +
    `${size.requestedScale}× to stay under ${limit}; export SVG or PDF for full detail.`
  )
}

/** A whole number with thousands separators: 16384 → "16,384". */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

function megapixels(pixels: number): string {
  const mp = pixels / 1_000_000
  return mp >= 10 ? String(Math.round(mp)) : String(Math.round(mp * 10) / 10)
}
