import type { TechnologyDictionary } from '../technology/technology-dictionary'

/** What one line of a stack list says. */
export interface StackItemReading {
  /** The technologies it names, in order: canonical names, or names the dictionary lacks. */
  names: { name: string; known: boolean }[]
  /** "and More", "etc.": the list goes on, but names nothing. */
  more: string[]
  /** Text too long to be a name ("an in-house deploy tool we call Shipit"). */
  prose: string[]
  /** Words qualifying a technology next to them ("internally", "charts"). */
  qualifiers: string[]
}

/** Between names: "Terraform and Packer", "Prometheus / Alertmanager", "Grafana & Prometheus". */
const SEPARATOR =
  /\s*(?:[,;/&()]|\+(?=\s)|(?<=^|\s)(?:and|or|with|on|in|via|plus|as well as)(?=\s|$))\s*/giu

/** "and More", "etc.", "…": the list goes on, but names nothing. */
const MORE =
  /^(?:and\s+|&\s*|plus\s+)?(?:more|many more|much more|others?|etc\.?|so on|the like|…|\.\.\.)$/iu

/** Words that say how or where a technology is used, not which one. */
const FILLER =
  /^(?:a|an|the|our|some|various|internally|externally|mostly|mainly|also|both|e\.g\.|including|for|at|of|using|used|heavily|extensively|everywhere)$/iu

/** "(backend)", "(mobile apps)": one to three lowercase words in brackets. */
const BRACKETED_WORDS = /\s*\((\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2})\)/gu

/** One or two capitalized words: "Cloud", "Data Studio". */
const PRODUCT_TAIL = /^\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*)?$/u

/**
 * "`forge` for compiling, testing, deploying": a lowercase word of doing, what a tool is for,
 * never a product's name.
 */
const ACTIVITY = /^\p{Ll}{3,}ing$/u

/** A piece opening on an article: "the Front-End", "a Monorepo". */
const ARTICLE = /^\s*(?:the|a|an)\s/iu

/** Two or more words, a later one all lowercase letters: "Monitoring generator", "test runner". */
const DESCRIBED = /^\S+(?:\s+\S+)*\s+\p{Ll}{2,}(?:\s|$)/u

/**
 * "Service Mesh (Istio, Linkerd)", "Databases: PostgreSQL, Redis": a label, then the names it
 * groups, in parentheses or after a colon.
 */
const LABELLED = /^([^():]{2,40}?)\s*(?:\((.+)\)|:\s+(.+))$/u

/** Longer than this, a piece is prose rather than a technology's name. */
const MAX_NAME_WORDS = 4
const MAX_NAME_LENGTH = 40

/**
 * Reads one stack-list line into technology names. Known names are found first (so "CI/CD" or
 * "Grafana Cloud" survive as written); the text between them is split at separators, and what
 * is left is an unknown technology, a qualifier of its neighbour, or dropped.
 */
export function readStackItem(text: string, dictionary: TechnologyDictionary): StackItemReading {
  const written = text
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:]+$/u, '')
    .trim()
  const reading: StackItemReading = { names: [], more: [], prose: [], qualifiers: [] }
  // "Rust (backend), React (frontend)": lowercase words in brackets that name no technology say
  // where the one before them is used, not another technology.
  const line = written.replace(BRACKETED_WORDS, (whole: string, words: string) => {
    if (dictionary.lookup(words)) return whole
    reading.qualifiers.push(words)
    return ''
  })
  /** The last name read, and whether it was new: a repeated one ("GitHub and GitHub Apps") stays. */
  let last: { name: string; added: boolean; written: string } | undefined
  const add = (name: string, known: boolean, written = name): void => {
    const added = !reading.names.some((existing) => existing.name === name)
    if (added) reading.names.push({ name, known })
    last = { name, added, written }
  }
  if (MORE.test(line)) {
    reading.more.push(line)
    return reading
  }
  // A label the dictionary does not know, over names it does, is the kind of those names
  // ("Service Mesh", "Observability"), not a technology of its own.
  const labelled = LABELLED.exec(line)
  if (labelled && !dictionary.lookup(labelled[1])) {
    const named = readStackItem(labelled[2] ?? labelled[3], dictionary)
    if (named.names.some((name) => name.known)) {
      return { ...named, qualifiers: [labelled[1], ...named.qualifiers] }
    }
  }
  const matches = dictionary.find(line, 'list')
  let cursor = 0
  const readGap = (gap: string, afterName: boolean, beforeName: boolean): void => {
    const pieces = gap.split(SEPARATOR)
    pieces.forEach((raw, i) => {
      const piece = stripFiller(raw)
      if (!piece) return
      // A piece touching a name with no separator between them qualifies it: "Loki internally".
      // Capitalized, it goes on naming it: "Grafana Cloud" is a product, not Grafana.
      const touchesPrevious = i === 0 && afterName
      if (touchesPrevious && PRODUCT_TAIL.test(piece) && /^\s/u.test(raw) && last) {
        // The previous name goes on into this one, unless it was named before on its own. It
        // goes on as written: "Spring Cloud" is no "Spring Boot Cloud" where "Spring" is an
        // alias of Spring Boot.
        if (last?.added) reading.names.pop()
        const name = `${last?.written ?? ''} ${piece}`.trim()
        const known = dictionary.lookup(name)
        add(known?.name ?? name, known !== undefined)
      } else if (touchesPrevious || (i === pieces.length - 1 && beforeName)) {
        reading.qualifiers.push(piece)
      } else if (MORE.test(piece) || MORE.test(`and ${piece}`)) {
        reading.more.push(piece)
      } else if (isPlausibleName(piece)) {
        const known = dictionary.lookup(piece)
        // "Monitoring generator": a product's name is one word or capitalized words; an
        // unknown phrase with a lowercase word in it describes a tool rather than naming one.
        // "on the Front-End", "in a Monorepo": after an article, a thing, not a product's name.
        if (!known && (DESCRIBED.test(piece) || ACTIVITY.test(piece) || ARTICLE.test(raw)))
          reading.prose.push(piece)
        else add(known?.name ?? piece, known !== undefined)
      } else {
        reading.prose.push(piece)
      }
    })
  }
  for (const match of matches) {
    readGap(line.slice(cursor, match.start), cursor > 0, true)
    add(match.name, true, line.slice(match.start, match.end))
    cursor = match.end
  }
  readGap(line.slice(cursor), matches.length > 0, false)
  return reading
}

function stripFiller(piece: string): string {
  const words = piece.trim().split(/\s+/u).filter(Boolean)
  while (words.length > 0 && FILLER.test(words[0])) words.shift()
  while (words.length > 0 && FILLER.test(words[words.length - 1])) words.pop()
  return words.join(' ').replace(/^[\s"'`*_:-]+|[\s"'`*_:-]+$/gu, '')
}

function isPlausibleName(piece: string): boolean {
  return (
    piece.length <= MAX_NAME_LENGTH &&
    piece.split(' ').length <= MAX_NAME_WORDS &&
    /[\p{L}\p{N}]/u.test(piece)
  )
}
