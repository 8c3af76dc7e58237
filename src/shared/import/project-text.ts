/**
 * Turning a line of prose into a project title (and the rest into its summary). Pure string
 * work, shared by list items and by projects inferred from sentences.
 */

/** Titles longer than this are shortened; the full text then becomes the summary. */
export const MAX_TITLE_LENGTH = 80
const MIN_TITLE_LENGTH = 12

/** How a bullet says "we", which a title does without: "We're scaling X" → "Scaling X". */
const WE = /^(?:we(?:'|’)re|we are|we(?:'|’)ll|we will|we|our team is|the team is)\s+/iu

/** Where a clause ends: cutting here keeps the title a phrase of its own. */
const STRONG_CUTS = [
  ' such as ',
  ' including ',
  ' like ',
  ', ',
  '; ',
  ' – ',
  ' — ',
  ' - ',
  ' which ',
  ' that ',
  ' with ',
  ' so ',
  ' by ',
  ' because ',
  ' where ',
  ' while '
]
const WEAK_CUTS = [' and ', ' to ', ' into ']

/** "Title - explanation", "Title — explanation", "Title: explanation". */
const TITLE_AND_EXPLANATION = /^(.{3,100}?)\s+[-–—]\s+(.+)$/u
const LABEL_AND_EXPLANATION = /^([^:]{3,60}):\s+(.+)$/u

/** Upper-cases the first letter, unless the first word is cased on purpose ("eBPF", "iOS"). */
export function capitalize(text: string): string {
  if (/^\p{Ll}+\p{Lu}/u.test(text)) return text
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Ends with a full stop unless it already ends a sentence. */
export function asSentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?…]$/u.test(trimmed) ? trimmed : `${trimmed}.`
}

/**
 * "Q1 2026: ", "H2 - ", "FY25 Q3 — ", "2026: ": when a line of planned work is due, written
 * before it as a label. It is no title: the work after it is.
 */
const WHEN_LABEL =
  /^(?:(?:q[1-4]|h[12]|fy\s*(?:19|20)?\d{2}|(?:19|20)\d{2})(?:[\s/-]+(?:q[1-4]|h[12]|(?:19|20)\d{2}))*)\s*(?::|\s[–—-])\s+(?=\S)/iu

/** A title and an optional summary from one line of text. */
export function titleAndSummary(text: string): { title: string; summary?: string } {
  const line = text.replace(/\s+/gu, ' ').trim().replace(WHEN_LABEL, '')
  const explained = TITLE_AND_EXPLANATION.exec(line) ?? LABEL_AND_EXPLANATION.exec(line)
  if (explained && explained[2].split(' ').length >= 3) {
    return {
      title: shortTitle(explained[1]),
      summary: asSentence(capitalize(explained[2]))
    }
  }
  const bare = line.replace(/[.;:]+$/u, '')
  if (bare.length <= MAX_TITLE_LENGTH) return { title: capitalize(bare.replace(WE, '')) }
  return { title: shortTitle(bare), summary: asSentence(line) }
}

/** A title of at most MAX_TITLE_LENGTH characters, cut where a clause ends when it can be. */
export function shortTitle(text: string): string {
  const line = capitalize(
    text
      .replace(/\s+/gu, ' ')
      .replace(/^[\s.,;:–—-]+/u, '')
      .trim()
      .replace(WE, '')
  ).replace(/[.;:]+$/u, '')
  if (line.length <= MAX_TITLE_LENGTH) return line
  for (const cuts of [STRONG_CUTS, WEAK_CUTS]) {
    let best = -1
    for (const cut of cuts) {
      const at = line.indexOf(cut, MIN_TITLE_LENGTH)
      if (at !== -1 && at <= MAX_TITLE_LENGTH && (best === -1 || at < best)) best = at
    }
    if (best !== -1) return line.slice(0, best)
  }
  const space = line.lastIndexOf(' ', MAX_TITLE_LENGTH - 1)
  return `${line.slice(0, space > MIN_TITLE_LENGTH ? space : MAX_TITLE_LENGTH - 1)}…`
}
