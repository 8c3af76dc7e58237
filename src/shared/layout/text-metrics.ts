import { advancesFor } from './glyph-advances'

/**
 * Text measurement without a DOM, so layout is a pure function that gives the same result in
 * the renderer, the CLI and the SVG writer. Advance widths are Inter's (the UI and export font),
 * measured in Chromium by scripts/measure-font-metrics.mjs; a glyph not in the table counts as
 * a wide "M"-ish 0.7em, so unknown text errs on the side of wrapping early.
 */
const UNKNOWN_GLYPH_EMS = 0.7

export interface Font {
  size: number
  weight?: number
}

export function measureText(text: string, font: Font): number {
  const advances = advancesFor(font.weight ?? 400)
  let ems = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // A character outside the BMP is two UTF-16 units but one glyph, as `for…of` counts it.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      ems += UNKNOWN_GLYPH_EMS
      continue
    }
    const advance = advances[code]
    ems += Number.isNaN(advance) ? UNKNOWN_GLYPH_EMS : advance
  }
  return ems * font.size
}

/**
 * Greedy word wrap into at most `maxLines` lines no wider than `maxWidth`; the last line ends
 * with an ellipsis when text remains. Screen and export both draw exactly these lines.
 */
export function wrapText(text: string, maxWidth: number, font: Font, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let current = ''
  let i = 0
  for (; i < words.length; i++) {
    const candidate = current ? `${current} ${words[i]}` : words[i]
    if (measureText(candidate, font) <= maxWidth) {
      current = candidate
      continue
    }
    if (current) {
      lines.push(current)
      if (lines.length === maxLines) break
    }
    current = words[i]
  }
  if (lines.length < maxLines && current) {
    lines.push(current)
    i = words.length
  }
  const truncated = i < words.length
  return lines.map((line, n) =>
    n === lines.length - 1 && truncated
      ? ellipsize(`${line} ${words.slice(i).join(' ')}`, maxWidth, font)
      : measureText(line, font) > maxWidth
        ? ellipsize(line, maxWidth, font)
        : line
  )
}

/** Shortens `text` so that it plus "…" fits in `maxWidth`. */
export function ellipsize(text: string, maxWidth: number, font: Font): string {
  if (measureText(text, font) <= maxWidth) return text
  const chars = [...text]
  while (chars.length > 0 && measureText(`${chars.join('').trimEnd()}…`, font) > maxWidth) {
    chars.pop()
  }
  return `${chars.join('').trimEnd()}…`
}
