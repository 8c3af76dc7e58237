/**
 * What a name (of the company, a division, group, team, project, role, technology or person)
 * may hold. A name is one line people read on a card, in a caption or in a terminal, so it must
 * show something, and it must show what it stores: bidirectional overrides and isolates can make
 * "team-a‮b-mad" display as another name (the "Trojan Source" trick, CVE-2021-42574), and
 * control characters can retitle or clear a terminal that prints it.
 */

/** Longest name accepted: a name is a line on a card; longer text belongs in a summary. */
export const MAX_NAME_LENGTH = 200

/** Longest summary or description accepted: ten thousand characters is several pages. */
export const MAX_TEXT_LENGTH = 10_000

/**
 * Refused anywhere in a name: C0 and C1 controls (tab and newline too: a name is one line), the
 * line and paragraph separators, and the bidirectional embeddings, overrides (U+202A–U+202E)
 * and isolates (U+2066–U+2069). The marks U+200E/U+200F stay allowed: names that mix scripts
 * need them, and they cannot reorder text on their own.
 */
const REFUSED = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u

/**
 * A character that shows: anything but white space, controls and the code points Unicode says
 * to draw as nothing (zero-width spaces and joiners, U+2060, U+FEFF, variation selectors,
 * the Hangul fillers...).
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/u

const NAMES: Record<number, string> = {
  0x0009: 'CHARACTER TABULATION',
  0x000a: 'LINE FEED',
  0x000d: 'CARRIAGE RETURN',
  0x001b: 'ESCAPE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE'
}

/** "U+202E RIGHT-TO-LEFT OVERRIDE", "U+0007". */
export function codePointName(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
  return NAMES[codePoint] ? `${hex} ${NAMES[codePoint]}` : hex
}

/** What is wrong with a text: a message (after the field's path) and how to fix it. */
export interface TextProblem {
  message: string
  hint: string
}

/** Printable ASCII only: no character the checks below can refuse, and any one of it shows. */
const PLAIN = /^[\x20-\x7e]*$/

/**
 * What is wrong with a name (already trimmed), or undefined when nothing is. One function, run as
 * the schema's only check of a name: each zod check costs a pass through its machinery, and a
 * large catalog has tens of thousands of names.
 */
export function nameProblem(text: string): TextProblem | undefined {
  if (text === '')
    return { message: 'must not be empty', hint: 'write a name, or remove the field' }
  if (text.length > MAX_NAME_LENGTH) return tooLong(text, MAX_NAME_LENGTH)
  if (PLAIN.test(text)) return undefined
  const refused = REFUSED.exec(text)
  if (refused) {
    const codePoint = refused[0].codePointAt(0)!
    const bidi = codePoint >= 0x202a
    return {
      message: `contains ${codePointName(codePoint)}, ${bidi ? 'a bidirectional control' : 'a control character'} (at character ${refused.index + 1})`,
      hint: bidi
        ? 'remove it: it makes the text display in another order than it is stored, so a name can pass for another'
        : 'remove it: a name is one line of visible text'
    }
  }
  if (!VISIBLE.test(text)) {
    return {
      message: `has no visible character (only ${codePointName(text.codePointAt(0)!)} and the like, which draw as nothing)`,
      hint: 'write a name people can see'
    }
  }
  return undefined
}

/** What is wrong with a summary or description: only its length. */
export function textProblem(text: string): TextProblem | undefined {
  return text.length > MAX_TEXT_LENGTH ? tooLong(text, MAX_TEXT_LENGTH) : undefined
}

function tooLong(text: string, maximum: number): TextProblem {
  return {
    message: `too long (${text.length.toLocaleString('en-US')} characters; at most ${maximum.toLocaleString('en-US')})`,
    hint:
      maximum === MAX_NAME_LENGTH
        ? 'shorten it: a name is shown on a card; longer text belongs in a summary'
        : 'shorten it'
  }
}
