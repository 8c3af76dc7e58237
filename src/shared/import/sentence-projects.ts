import type { Position, Span } from './markdown-blocks'
import { asSentence, capitalize, shortTitle } from './project-text'

export type InferredStatus = 'current' | 'recent' | 'planned'

/** A project read out of a sentence ("The team recently added support for X"). */
export interface SentenceProject {
  title: string
  status: InferredStatus
  summary: string
  /** The link spans inside the part of the sentence the project comes from. */
  links: Span[]
  /** The words the project was made of, for finding technologies in. */
  text: string
  /** The sentence, for the report. */
  sentence: string
  at: Position
}

interface Trigger {
  pattern: RegExp
  status: InferredStatus
}

/**
 * Phrases that say what a team works on, recently shipped or plans. The project is what follows
 * the phrase, up to the next phrase or the end of the sentence. A lookahead keeps the verb in
 * the project ("is currently building X" → "building X").
 */
const TRIGGERS: Trigger[] = [
  {
    pattern:
      /\b(?:has |have )?(?:recently|just) (?:added|shipped|launched|released|built|delivered|completed|finished|introduced|implemented|rolled out|worked on|migrated|redesigned|rewrote|open[- ]sourced|mitigated)\b/giu,
    status: 'recent'
  },
  {
    pattern:
      /\b(?:(?:is|are|am|'re|’re)\s+)?(?:currently|now|also)?\s*working on\b|\b(?:is|are|'re|’re) currently (?=(?:building|developing|adding|extending|rewriting|migrating|designing|scaling|improving)\b)/giu,
    status: 'current'
  },
  {
    pattern: /\b(?:plans? to|(?:is|are|'re|’re) planning to|will soon|next up is)\b/giu,
    status: 'planned'
  }
]

/** Words before a link that only introduce it: "adding support for the [MongoDB protocol]". */
const LEAD_IN =
  /^(?:(?:adding|added|add|building|built|supporting|support|for|of|the|a|an|new|better|improved|more|on)(?:\s+|$))*$/iu

/** Where one project of a phrase ends and the next begins. */
const PART_SEPARATOR = /,\s*(?:and|or)\s+|,\s+|\s+and\s+/gu

/** Longer "sentences" are not prose a phrase can be read from (and would cost quadratic time). */
const MAX_SENTENCE_LENGTH = 2000

interface Flat {
  text: string
  links: { start: number; end: number; span: Span }[]
}

/**
 * Projects named in a paragraph's sentences. Recent work is always read (a list of example
 * projects rarely repeats what shipped); current and planned work only when `withCurrent`, i.e.
 * when the team has no list of projects that already says it.
 */
export function sentenceProjects(
  spans: Span[],
  at: Position,
  withCurrent: boolean
): SentenceProject[] {
  const flat = flatten(spans)
  const projects: SentenceProject[] = []
  for (const [start, end] of sentences(flat)) {
    if (end - start > MAX_SENTENCE_LENGTH) continue
    const sentence = flat.text.slice(start, end)
    const triggers = TRIGGERS.flatMap(({ pattern, status }) =>
      [...sentence.matchAll(pattern)].map((match) => ({
        status,
        start: start + match.index,
        end: start + match.index + match[0].length,
        words: match[0].trim()
      }))
    )
      .filter((trigger) => !insideLink(flat, trigger.start))
      .sort((a, b) => a.start - b.start)
    triggers.forEach((trigger, i) => {
      if (trigger.status !== 'recent' && !withCurrent) return
      if (i > 0 && triggers[i - 1].end > trigger.start) return
      const phraseEnd = i + 1 < triggers.length ? triggers[i + 1].start : end
      const parts = phraseParts(flat, trigger.end, phraseEnd)
      const lead = parts.length > 0 ? leadOf(flat, parts[0]) : ''
      // "support for [A], [B] and [C]": B and C share A's lead-in, and say so in their summary.
      const sharedLead = lead && LEAD_IN.test(lead) ? lead : ''
      for (const part of parts) {
        const project = toProject(flat, part, trigger, sentence, at, sharedLead)
        if (project) projects.push(project)
      }
    })
  }
  return projects
}

function flatten(spans: Span[]): Flat {
  let text = ''
  const links: Flat['links'] = []
  for (const span of spans) {
    const piece = span.text.replace(/\s+/gu, ' ')
    if (span.href !== undefined)
      links.push({ start: text.length, end: text.length + piece.length, span })
    text += piece
  }
  return { text, links }
}

/** Index of the first link starting at or after `offset` (links are in text order). */
function firstLinkFrom(flat: Flat, offset: number): number {
  let low = 0
  let high = flat.links.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (flat.links[middle].start < offset) low = middle + 1
    else high = middle
  }
  return low
}

function insideLink(flat: Flat, offset: number): boolean {
  const before = flat.links[firstLinkFrom(flat, offset) - 1]
  return before !== undefined && offset > before.start && offset < before.end
}

function linksIn(flat: Flat, start: number, end: number): Flat['links'] {
  const result: Flat['links'] = []
  for (let i = firstLinkFrom(flat, start); i < flat.links.length; i++) {
    if (flat.links[i].end > end) break
    result.push(flat.links[i])
  }
  return result
}

/** [start, end) of each sentence; a full stop inside a link's text does not end one. */
function sentences(flat: Flat): [number, number][] {
  const result: [number, number][] = []
  let start = 0
  for (const match of flat.text.matchAll(/[.!?](?=\s+[\p{Lu}\p{N}"'([]|\s*$)/gu)) {
    if (insideLink(flat, match.index)) continue
    result.push([start, match.index])
    start = match.index + 1
  }
  if (start < flat.text.length) result.push([start, flat.text.length])
  return result
}

/** The projects a phrase names: one per part that can stand alone, the rest joined to it. */
function phraseParts(flat: Flat, start: number, end: number): [number, number][] {
  const phrase = flat.text.slice(start, end)
  const trimmedEnd = start + phrase.replace(/(?:[\s,;]|\band\b|\bbut\b|\bwhile\b)+$/gu, '').length
  const parts: [number, number][] = []
  let partStart = start
  for (const match of phrase.slice(0, trimmedEnd - start).matchAll(PART_SEPARATOR)) {
    const at = start + match.index
    if (insideLink(flat, at)) continue
    const next = at + match[0].length
    const nextEnd = nextSeparator(flat, next, trimmedEnd)
    if (standsAlone(flat, next, nextEnd)) {
      parts.push([partStart, at])
      partStart = next
    }
  }
  parts.push([partStart, trimmedEnd])
  return parts.filter(([a, b]) => flat.text.slice(a, b).trim().length > 0)
}

function nextSeparator(flat: Flat, from: number, end: number): number {
  const rest = flat.text.slice(from, end)
  for (const match of rest.matchAll(PART_SEPARATOR)) {
    if (!insideLink(flat, from + match.index)) return from + match.index
  }
  return end
}

/** A part is a project of its own if it has a link, or starts with a verb ("adding …"). */
function standsAlone(flat: Flat, start: number, end: number): boolean {
  if (linksIn(flat, start, end).length > 0) return true
  const words = flat.text.slice(start, end).trim().split(/\s+/u)
  return words.length >= 2 && /(?:ing|ed)$/iu.test(words[0])
}

/** The words of a part before its first link (all of it when it has none). */
function leadOf(flat: Flat, [start, end]: [number, number]): string {
  const links = linksIn(flat, start, end)
  return flat.text.slice(start, links.length > 0 ? links[0].start : end).trim()
}

function toProject(
  flat: Flat,
  [start, end]: [number, number],
  trigger: { status: InferredStatus; words: string },
  sentence: string,
  at: Position,
  sharedLead: string
): SentenceProject | undefined {
  const text = flat.text.slice(start, end).trim()
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined
  const links = linksIn(flat, start, end)
  const lead = leadOf(flat, [start, end])
  // The link's text when the words before it only lead in to it, else the whole part; a
  // link text of punctuation only (":") shortens to nothing, so fall back.
  const fromLink = links.length > 0 && LEAD_IN.test(lead) ? shortTitle(links[0].span.text) : ''
  const title = fromLink || shortTitle(text)
  if (!title) return undefined
  const body = sharedLead && links.length > 0 && lead === '' ? `${sharedLead} ${text}` : text
  // "recently added X" reads well; "recently added mitigated Y" does not: a part that starts
  // with its own past-tense verb keeps it alone.
  const verb =
    trigger.status === 'recent' && !/^\p{L}+ed\b/iu.test(text)
      ? trigger.words.replace(/^(?:has|have)\s+/iu, '')
      : ''
  return {
    title: capitalize(title),
    status: trigger.status,
    summary: asSentence(capitalize(verb ? `${verb} ${body}` : body)),
    links: links.map((link) => link.span),
    text,
    sentence: sentence.trim(),
    at: links[0]?.span.at ?? at
  }
}
