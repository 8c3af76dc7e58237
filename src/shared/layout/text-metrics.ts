import { advancesFor } from './glyph-advances'

/**
 * Text measurement without a DOM, so layout is a pure function that gives the same result in
 * the renderer, the CLI and the SVG writer. Advance widths are Inter's (the UI and export font),
 * measured in Chromium by scripts/measure-font-metrics.mjs; a glyph not in the table counts as
 * a wide "M"-ish 0.7em, so unknown text errs on the side of wrapping early, and a Chinese,
 * Japanese or Korean one as the whole em every font draws it.
 *
 * Fitting text (wrapText, ellipsize) reads each character at most a few times and stops once a
 * line is full: a name of a megabyte costs what a line of it costs, not what re-measuring it
 * once per character would (issue 18: an 80 KB name took 39 s to export that way).
 */
const UNKNOWN_GLYPH_EMS = 0.7
/**
 * A Chinese, Japanese or Korean character, or a full-width form, is drawn a whole em wide by any
 * font that has it (Inter has none): at 0.7 em a name in those scripts was measured 30% short and
 * overflowed its card.
 */
const WIDE_GLYPH_EMS = 1

/**
 * The width of a glyph Inter lacks, in ems: `code` is the character's first UTF-16 unit (a high
 * surrogate for a character outside the BMP; planes 2 and 3, D840–D8BF, hold the rarer CJK
 * ideographs).
 */
function missingGlyphEms(code: number): number {
  const wide =
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo (leading consonants)
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals, punctuation, kana, Bopomofo, ideographs, Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xd840 && code <= 0xd8bf) || // planes 2 and 3: CJK ideographs
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6)
  return wide ? WIDE_GLYPH_EMS : UNKNOWN_GLYPH_EMS
}

export interface Font {
  size: number
  weight?: number
}

export function measureText(text: string, font: Font): number {
  return addEms(0, text, advancesFor(font.weight ?? 400), Number.POSITIVE_INFINITY) * font.size
}

/**
 * `ems` plus the advances of `text`'s glyphs, added left to right: the same additions in the
 * same order as measuring the concatenation, so a width built in steps is bit for bit the width
 * of the whole (screen and export must draw the same lines). Stops as soon as the sum passes
 * `limitEms` and returns it then: past the limit, the caller only needs to know it is too wide.
 */
function addEms(ems: number, text: string, advances: Float64Array, limitEms: number): number {
  for (let i = 0; i < text.length && ems <= limitEms; i++) {
    const code = text.charCodeAt(i)
    // A character outside the BMP is two UTF-16 units but one glyph, as `for…of` counts it.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      ems += missingGlyphEms(code)
      continue
    }
    const advance = advances[code]
    ems += Number.isNaN(advance) ? missingGlyphEms(code) : advance
  }
  return ems
}

/** A width limit in ems such that `ems * font.size <= maxWidth` holds for every ems below it. */
function limitOf(maxWidth: number, font: Font): number {
  // Slightly above maxWidth / size: the exact test, `ems * size <= maxWidth`, still decides;
  // this only tells addEms when it may stop because the sum is certainly too wide (the margin
  // is far wider than the rounding of one multiplication).
  const ems = maxWidth / font.size
  return ems + Math.abs(ems) * 1e-9 + 1e-9
}

const WORD = /\S+/g
/** Words with one plain space between them: text the wrap below would give back as it is. */
const SINGLE_SPACED = /^\S+(?: \S+)*$/

/**
 * Greedy word wrap into at most `maxLines` lines no wider than `maxWidth`; the last line ends
 * with an ellipsis when text remains. Screen and export both draw exactly these lines.
 */
export function wrapText(text: string, maxWidth: number, font: Font, maxLines: number): string[] {
  const advances = advancesFor(font.weight ?? 400)
  const limit = limitOf(maxWidth, font)
  const fits = (ems: number) => ems * font.size <= maxWidth
  // Most names fit on one line as written. Then every line the greedy wrap below would try
  // fits too (its sums are this one's first steps, in the same order), and it would give back
  // the text itself: a regular expression's match and a string per word saved, per card.
  if (maxLines >= 1 && fits(addEms(0, text, advances, limit)) && SINGLE_SPACED.test(text)) {
    return [text]
  }
  const space = addEms(0, ' ', advances, limit)
  const lines: { text: string; fits: boolean }[] = []
  let current = ''
  let currentEms = 0
  /** The word that did not fit on the last allowed line, when text remains. */
  let rest: string | undefined
  // Words one at a time rather than split() up front: a long name is read only as far as the
  // lines it fills.
  const words = new RegExp(WORD)
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const word = match[0]
    const candidateEms = addEms(current ? currentEms + space : 0, word, advances, limit)
    if (fits(candidateEms)) {
      current = current ? `${current} ${word}` : word
      currentEms = candidateEms
      continue
    }
    if (current) {
      lines.push({ text: current, fits: fits(currentEms) })
      if (lines.length === maxLines) {
        rest = word
        break
      }
      currentEms = addEms(0, word, advances, limit)
    } else {
      currentEms = candidateEms
    }
    current = word
  }
  if (rest === undefined && current) lines.push({ text: current, fits: fits(currentEms) })
  return lines.map((line, n) =>
    n === lines.length - 1 && rest !== undefined
      ? // The last line plus the next word is already too wide, so more words would not change
        // where the ellipsis goes.
        ellipsize(`${line.text} ${rest}`, maxWidth, font)
      : line.fits
        ? line.text
        : ellipsize(line.text, maxWidth, font)
  )
}

/**
 * Shortens `text` so that it plus "…" fits in `maxWidth`: the longest prefix that does, without
 * trailing spaces. One pass, which ends once the text is certainly too wide.
 */
export function ellipsize(text: string, maxWidth: number, font: Font): string {
  const advances = advancesFor(font.weight ?? 400)
  const ellipsis = addEms(0, '…', advances, Number.POSITIVE_INFINITY)
  const fits = (ems: number) => ems * font.size <= maxWidth
  let ems = 0
  /** The width and end of the text so far without its trailing spaces. */
  let trimmedEms = 0
  let trimmedEnd = 0
  /** The end of the longest such prefix that fits with the ellipsis. */
  let kept = 0
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i)
    const pair =
      code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text, i + 1)
    const end = i + (pair ? 2 : 1)
    // As addEms adds it: a pair is one glyph the table cannot have.
    const advance = pair ? Number.NaN : advances[code]
    ems += Number.isNaN(advance) ? missingGlyphEms(code) : advance
    if (pair || !isSpace(code)) {
      trimmedEms = ems
      trimmedEnd = end
    }
    // Both widths only grow: once the trimmed prefix no longer fits with "…", no longer prefix
    // will, and once the whole so far is too wide, the text does not fit as it is.
    if (fits(trimmedEms + ellipsis)) kept = trimmedEnd
    else if (!fits(ems)) return `${text.slice(0, kept)}…`
    i = end
  }
  return fits(ems) ? text : `${text.slice(0, kept)}…`
}

function isLowSurrogate(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  return code >= 0xdc00 && code <= 0xdfff
}

/** What String.prototype.trimEnd removes (WhiteSpace and LineTerminator), for one BMP code. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
