/**
 * A public body's name, which goes on past its word and "of": "Rivertown Department of Parks",
 * "the University of Washington". A reader that finds one word of it (the name before the
 * body's word, or the one after "of") reads the rest from here.
 */

/** The words a public body's name is built on. */
const BODY_WORDS =
  'Department|Dept|Office|Ministry|Bureau|Agency|Board|Council|Commission|Institute|University|College|School|Authority'

/** A body's own word ("Department", "Ministry") ending a name that goes on with "of …". */
const BODY_WORD = new RegExp(`\\b(?:${BODY_WORDS})$`, 'u')

/** "of Parks", "of City Planning", "of the Interior": what a body's name says it is of. */
const OF_WHAT = /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,3})/u

/** A body's word and "of" right before a name: "University of ", "Department of the ". */
const BODY_OF = new RegExp(`(?<![\\p{L}\\p{N}])(${BODY_WORDS})\\s+of\\s+(the\\s+)?$`, 'u')

/** How far before a name its body's word is looked for. */
const BEFORE = 30

/** A name ending in a body's word, with the "of …" the text writes after it (at `end`). */
export function withBodysOf(name: string, text: string, end: number): string {
  if (!BODY_WORD.test(name)) return name
  const of = OF_WHAT.exec(text.slice(end, end + 80))
  return of ? `${name} of ${of[1]}` : name
}

/**
 * The body's word and "of" written right before the name at `at` ("University of " before
 * "Washington"): where they start, and the body's name up to the name.
 */
export function bodyBefore(text: string, at: number): { start: number; name: string } | undefined {
  const from = Math.max(0, at - BEFORE)
  const found = BODY_OF.exec(text.slice(from, at))
  return found ? { start: from + found.index, name: `${found[1]} of ${found[2] ?? ''}` } : undefined
}
