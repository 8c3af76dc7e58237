/** A technology the recognizer looks for. */
export interface Recognizable {
  /** The canonical name reported for any of its spellings. */
  name: string
  /** Every spelling, the name included. */
  spellings: readonly string[]
  /** Spellings that are everyday words: found only as written, and in a technical context. */
  ambiguous?: ReadonlySet<string>
  /** Spellings found only as written (short names always are). */
  exactCase?: ReadonlySet<string>
  /**
   * Named in the catalog's own registry: the organisation says it is a technology, so a mention
   * written as in the registry counts without more context ("Salt" in Teleport's guide).
   */
  declared?: boolean
  /**
   * A format or protocol: a number written on its name names another thing ("JSON5"), not a
   * version of it as "Vue3" or "PHP8" do.
   */
  unversioned?: boolean
}

/** One technology found in a text, with why it was counted, for the importer's report. */
export interface Recognition {
  name: string
  /** Where it was found: `text.slice(start, end)` is the spelling as written. */
  start: number
  end: number
  text: string
  /** high: a distinctive name, or written as the dictionary writes it; medium: from context. */
  confidence: 'high' | 'medium'
  why: string
}

/**
 * What the text is. `list`: a stack or technology list item, or a table cell of technology names,
 * where every name counts; `prose`: sentences, where everyday words need a technical context.
 */
export type RecognitionContext = 'prose' | 'list'

type Tier = 'loose' | 'exact' | 'context'

interface Candidate {
  spelling: string
  /** Characters before the first letter or digit (".NET"). */
  lead: string
  tier: Tier
  technology: Recognizable
  /**
   * How a short name spelled in lower case ("gulp", "nvm") is also written: capitalized at the
   * head of a sentence or item ("Gulp") and in capitals ("NVM"). Its case matters only against
   * other words ("Make" is not "make"); those two are how people write the name itself.
   */
  alsoWritten?: readonly [string, string]
}

interface Found {
  candidate: Candidate
  start: number
  end: number
  sentence: number
  why?: string
  /** An everyday word written in lower case as a whole item of a comma list ("…, consul, …"). */
  lowerCaseItem?: boolean
}

/**
 * A word, or one character of a script written without spaces between words (Chinese,
 * Japanese): "使用阿里云" holds the name "阿里云" against its neighbours.
 */
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+/gu
const WORD_CHAR = /[\p{L}\p{N}_]/u
/** The first word of a spelling, as WORD reads the text (the index's key). */
const FIRST_WORD = new RegExp(WORD.source, 'u')
/** A character of those scripts: a name written in them stands against its neighbours. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/**
 * Whether a name's edge between `inside` and `outside` (the character next to it) runs into a
 * longer word ("Go" in "Gopher"). Beside a character of a script written without spaces no
 * word runs on: "使用阿里云。", "采用Go和Python".
 */
function runsOn(inside: string, outside: string): boolean {
  return WORD_CHAR.test(outside) && !UNSPACED.test(outside) && !UNSPACED.test(inside)
}
/** Names this short are matched as written: "AWS" and "Go", not "aws" or "go". */
const SHORT = 4

/**
 * "written in Go", "built with Rust", "running on Nomad", "migrating to Vault"; a verb of running
 * or checking software in the passive or the progressive, then its tool: "deployed by Flux",
 * "scheduled with Airflow", "linting with Ruff".
 */
const BEFORE =
  /\b(?:(?:deploy|provision|orchestrat|schedul|monitor|test|lint|format|bundl|packag|compil|serv|cach|index)(?:ed|ing)\s+(?:by|with|via|through)|(?:written|built|implemented|developed|coded|programmed|rewritten|rewriting|writing|building|developing|experience|expertise|proficiency|familiarity|knowledge|work(?:ing)?|code|services)\s+(?:in|with|on|using)|using|uses|use|used|via|adopt(?:ed|ing)?|migrat\w*\s+(?:to|from|off)|deploy\w*\s+(?:to|on|with)|runs?\s+on|running\s+on|hosted\s+on|powered\s+by|based\s+on|backed\s+by|on\s+top\s+of|integrat\w*\s+with|stack\s+(?:of|is|includes))\s+(?:the\s+|a\s+)?$/iu
/** "Go services", "Spark jobs", "Helm charts", "Rust-based", "Windows desktop access". */
const AFTER =
  /^(?:['’]s)?(?:[\s-]+)(?:services?|code(?:base)?s?|clusters?|SDKs?|APIs?|librar(?:y|ies)|frameworks?|apps?|applications?|developers?|engineers?|backends?|frontends?|modules?|scripts?|programs?|jobs?|pipelines?|quer(?:y|ies)|streams?|topics?|charts?|templates?|runtimes?|versions?|v?\d[\w.]*|stack|servers?|clients?|instances?|deployments?|workers?|functions?|components?|plugins?|operators?|controllers?|binar(?:y|ies)|packages?|crates?|gems?|tooling|tests?|bindings|daemons?|agents?|dashboards?|migrations?|based|powered|native|desktops?|hosts?|machines?|nodes?|containers?|images?|manifests?|configs?|configuration|modules?|providers?|resources?|buckets?|tables?|databases?|indexes|indices|brokers?|consumers?|producers?|repos(?:itor(?:y|ies))?|builds?|releases?|cookbooks?|recipes?|playbooks?|formula(?:e|s)?|states|infrastructure|style\s+guides?|docs|documentation)\b/iu
/**
 * "Amplitude is a product analytics tool", "Fivetran is a no code integration tool": a sentence
 * that defines the name as a kind of software. ("Salt is a mineral" defines no software.)
 */
const DEFINED =
  /^\s+(?:is|was)\s+(?:an?|the|our)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:tool|platform|service|library|framework|database|engine|runtime|server|suite|application|app|language|SDK|CLI|IDE)s?\b/iu
/**
 * "building your service in Go", "write the tool in Rust": a verb of making code, its object,
 * then "in"/"with"/"using" and the name (the object is a few words, no punctuation).
 */
const MADE_IN =
  /\b(?:written|built|implemented|developed|rewritten|rewriting|writing|building|developing|writes?|builds?|implements?|develops?|rewrites?)\s+(?:[\p{L}'’-]+\s+){1,3}(?:in|with|using)\s+$/iu
/** Plural kinds of software that an everyday word before them may just describe. */
const KIND_PLURAL = /\b(?:libraries|frameworks)$/iu
/** The rest of a code span that starts with a name: "`helm`", "`go test ./...`". */
const CODE_SPAN_REST = /^(?:`|\s[^`\n]*`)/u

/** Between two names of a list: "Go, Rust and Python", "Go/Rust". */
const LIST_GAP = /^\s*(?:,|\/|&|\+|\band\b|\bor\b)\s*(?:(?:and|or)\s+)?$/iu

/**
 * Finds technology names in text: the longest spelling wins where spellings overlap ("Google
 * Cloud Storage" over "Google Cloud"), any case for distinctive names, and names that are also
 * everyday words ("Go", "Spark", "Vault") only where the text is technical. Build once, reuse: the
 * index is made on first use.
 */
export class TechnologyRecognizer {
  private index: Map<string, Candidate[]> | undefined
  private readonly merged = new Map<string, Candidate[] | undefined>()

  /**
   * `base`: a recognizer for technologies of lower rank, built once and shared (the dictionary),
   * under these (a catalog's registry): a spelling these have is theirs.
   */
  constructor(
    private readonly technologies: readonly Recognizable[],
    private readonly base?: TechnologyRecognizer
  ) {}

  recognize(text: string, context: RecognitionContext = 'prose'): Recognition[] {
    const found = this.scan(text, context).filter(
      (match, i, all) =>
        !(isAffiliation(text, match, all[i - 1]) && !listedWith(text, match, all[i + 1])) &&
        !isComparison(text, match) &&
        !isUriScheme(text, match) &&
        !isDotFile(text, match) &&
        (context === 'list' || !(isIdentifierPart(text, match) || isContactPoint(text, match)))
    )
    for (const match of found) match.why = this.plainWhy(match, text, context)
    // Everyday words listed together vouch for each other: "Go, Rust and Python".
    // Not an everyday word written in lower case ("following kind of utilities for JavaScript"):
    // written that way, the name and the word look the same.
    const vouchable = (match: Found) => /\p{Lu}/u.test(text.slice(match.start, match.end))
    found.forEach((match, i) => {
      // A whole item of a comma list may be written in lower case: "Patroni, PGBouncer, consul".
      if (match.why || !(vouchable(match) || match.lowerCaseItem)) return
      for (const other of [found[i - 1], found[i + 1]]) {
        if (!other || other.sentence !== match.sentence) continue
        const gap =
          other.start < match.start
            ? text.slice(other.end, match.start)
            : text.slice(match.end, other.start)
        if (LIST_GAP.test(gap)) {
          match.why = `listed with ${other.candidate.technology.name}`
          return
        }
      }
    })
    // And a technology counted in the same sentence vouches for the others in it, except at
    // its start, where a capital says nothing ("Go to the docs, then open Kubernetes").
    const vouching = new Map<number, string>()
    for (const match of found) {
      if (match.why && !vouching.has(match.sentence))
        vouching.set(match.sentence, match.candidate.technology.name)
    }
    for (const match of found) {
      const neighbour = vouching.get(match.sentence)
      if (
        !match.why &&
        vouchable(match) &&
        neighbour &&
        neighbour !== match.candidate.technology.name &&
        !nameGoesOn(text, match.end)
      ) {
        if (midSentence(text, match.start)) match.why = `next to ${neighbour}`
      }
    }
    return found
      .filter((match) => match.why !== undefined)
      .map((match) => ({
        name: match.candidate.technology.name,
        start: match.start,
        end: match.end,
        text: text.slice(match.start, match.end),
        confidence: match.candidate.tier === 'context' && !matchIsPlain(match) ? 'medium' : 'high',
        why: match.why!
      }))
  }

  /** Why a match counts without looking at its neighbours, or undefined. */
  private plainWhy(match: Found, text: string, context: RecognitionContext): string | undefined {
    const { candidate } = match
    const written = text.slice(match.start, match.end)
    if (candidate.tier === 'loose') return 'distinctive name'
    if (candidate.tier === 'exact') return `written "${written}"`
    if (context === 'list') return 'in a technology list'
    if (candidate.technology.declared) return "named in the catalog's registry"
    if (
      text[match.start - 1] === '`' &&
      match.end - match.start > 1 &&
      CODE_SPAN_REST.test(text.slice(match.end, match.end + 80))
    ) {
      return 'in code'
    }
    const before = BEFORE.exec(text.slice(Math.max(0, match.start - 40), match.start))
    if (before) return `after "${before[0].trim()}"`
    const made = MADE_IN.exec(text.slice(Math.max(0, match.start - 60), match.start))
    if (made) return `after "${made[0].trim()}"`
    // A name standing alone in parentheses after what it does names the thing that does it:
    // "Service discovery (Consul)", "Secrets management ([Vault](…))".
    // ("(C) 2012" is a copyright sign, not the language.)
    if (match.end - match.start > 1 && parenthesized(text, match.start, match.end)) {
      return 'in parentheses'
    }
    // "- Bash (scripts)", "- Make (build)": a list item that is a name and what it is for.
    if (namesListItem(text, match.start, match.end)) return 'a list item naming it'
    // "Sentry.io", "Render.com": a product written as its web address.
    if (
      /^\.(?:io|com|dev|ai|app|cloud|sh)\b(?![.\w/-])/u.test(text.slice(match.end, match.end + 8))
    ) {
      return 'written as its web address'
    }
    const defined = DEFINED.exec(text.slice(match.end, match.end + 80))
    if (defined) return `defined as "${defined[0].trim().split(/\s+/u).pop()}"`
    const after = AFTER.exec(text.slice(match.end, match.end + 40))
    // "Chart libraries", "Testing frameworks": at a sentence's start a capital says nothing, and
    // a plural kind of software after the word says what it is about, not which one it is.
    if (after && !midSentence(text, match.start) && KIND_PLURAL.test(after[0])) return undefined
    if (after) return `before "${after[0].replace(/^['’]s/u, '').trim()}"`
    return undefined
  }

  /** Every spelling found at a word start, longest first, not yet judged. */
  /** The candidates for a word, longest first, this layer's before the base's. */
  private candidates(key: string): Candidate[] | undefined {
    const index = (this.index ??= buildIndex(this.technologies))
    if (!this.base) return index.get(key)
    if (this.merged.has(key)) return this.merged.get(key)
    const own = index.get(key) ?? []
    const owned = new Set(own.map((candidate) => candidate.spelling.toLowerCase()))
    const list = [
      ...own,
      ...(this.base.candidates(key) ?? []).filter(
        (candidate) => !owned.has(candidate.spelling.toLowerCase()) && !this.owns(candidate)
      )
    ].sort((a, b) => b.spelling.length - a.spelling.length)
    const result = list.length > 0 ? list : undefined
    this.merged.set(key, result)
    return result
  }

  private ownedSpellings: Set<string> | undefined

  /** Whether one of this layer's technologies has the candidate's spelling (any first word). */
  private owns(candidate: Candidate): boolean {
    this.ownedSpellings ??= new Set(
      this.technologies.flatMap((technology) => technology.spellings.map((s) => s.toLowerCase()))
    )
    return this.ownedSpellings.has(candidate.spelling.toLowerCase())
  }

  /**
   * Whether every piece names a technology: "Redis/MySQL/MongoDB" is a list of names, where
   * "src/go/main" and "AMI/VPC/Cloud" hold words that are not.
   */
  private namesEach(pieces: string[] | undefined): boolean {
    if (!pieces) return false
    return pieces.every((piece) => {
      const first = FIRST_WORD.exec(piece)
      if (!first) return false
      const written = piece.toLowerCase()
      return (this.candidates(first[0].toLowerCase()) ?? []).some(
        (candidate) => candidate.spelling.toLowerCase() === written
      )
    })
  }

  private scan(text: string, context: RecognitionContext): Found[] {
    const sentences = sentenceStarts(text)
    const found: Found[] = []
    let from = 0
    for (const word of text.matchAll(WORD)) {
      const at = word.index
      if (at < from || (at > 0 && text[at - 1] === '_')) continue
      const key = word[0].toLowerCase()
      // "VPCs" is looked up as "vpc", "Vue3" as "vue": matchEnd decides whether the rest may stand.
      const candidates =
        this.candidates(key) ??
        (key.endsWith('s') ? this.candidates(key.slice(0, -1)) : undefined) ??
        (/\p{L}\d+$/u.test(key) ? this.candidates(key.replace(/\d+$/u, '')) : undefined)
      if (!candidates) continue
      for (const candidate of candidates) {
        const start = at - candidate.lead.length
        if (start < 0 || start < from) continue
        if (candidate.lead && text.slice(start, at) !== candidate.lead) continue
        if (start > 0 && runsOn(text[start], text[start - 1])) continue
        // In a list of technologies "go" is Go; in prose only "Go" may be; in code (a code span
        // that starts with it: "`helm`", "`go test ./...`") commands are written in lower case.
        const anyCase = context === 'list' || text[start - 1] === '`'
        let end = matchEnd(text, start, candidate, anyCase ? 'any' : 'spelled')
        // "our Elastic stack": a name of everyday words, its first one capitalized mid-sentence.
        // Not one an acronym opens: "our API gateway" is capitalized as any text would be.
        if (
          end < 0 &&
          candidate.tier === 'exact' &&
          candidate.spelling.includes(' ') &&
          !ACRONYM_HEAD.test(candidate.spelling)
        ) {
          if (midSentence(text, start)) end = matchEnd(text, start, candidate, 'head')
        }
        let lowerCaseItem = false
        if (end < 0 && candidate.tier === 'context' && !anyCase) {
          const itemEnd = matchEnd(text, start, candidate, 'any')
          if (itemEnd > 0 && isLowerCaseListItem(text, start, itemEnd)) {
            end = itemEnd
            lowerCaseItem = true
          }
        }
        if (end < 0 || insideHostName(text, start)) continue
        if (insideAddress(text, start) && !this.namesEach(slashPieces(text, start))) continue
        found.push({
          candidate,
          start,
          end,
          sentence: sentenceOf(sentences, start),
          ...(lowerCaseItem ? { lowerCaseItem } : {})
        })
        from = end
        break
      }
    }
    return found
  }
}

function buildIndex(technologies: readonly Recognizable[]): Map<string, Candidate[]> {
  const index = new Map<string, Candidate[]>()
  const seen = new Set<string>()
  for (const technology of technologies) {
    for (const spelling of technology.spellings) {
      const first = FIRST_WORD.exec(spelling)
      // One owner per spelling: the first technology to claim it (the catalog's registry first).
      if (!first || seen.has(spelling.toLowerCase())) continue
      seen.add(spelling.toLowerCase())
      const tier: Tier = technology.ambiguous?.has(spelling)
        ? 'context'
        : technology.exactCase?.has(spelling) || (spelling.length <= SHORT && !/\d/u.test(spelling))
          ? 'exact'
          : 'loose'
      const key = first[0].toLowerCase()
      const list = index.get(key) ?? []
      const alsoWritten =
        tier === 'exact' && /^\p{Ll}+$/u.test(spelling)
          ? ([
              spelling.charAt(0).toUpperCase() + spelling.slice(1),
              spelling.toUpperCase()
            ] as const)
          : undefined
      list.push({
        spelling,
        lead: spelling.slice(0, first.index),
        tier,
        technology,
        ...(alsoWritten ? { alsoWritten } : {})
      })
      index.set(key, list)
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.spelling.length - a.spelling.length)
  return index
}

/**
 * Where the spelling ends if the text has it at `start`, else -1. A space in the spelling matches
 * any run of spaces or a hyphen ("Argo CD", "Argo-CD"); case matters unless the tier is loose.
 */
/** "…, consul, …": a word in lower case that is a whole item of a comma list. */
function isLowerCaseListItem(text: string, start: number, end: number): boolean {
  return (
    !/\p{Lu}/u.test(text.slice(start, end)) &&
    /,\s*$/u.test(text.slice(Math.max(0, start - 3), start)) &&
    /^\s*(?:,|\band\b|\bor\b|\betc\b|\))/u.test(text.slice(end, end + 6))
  )
}

function matchEnd(
  text: string,
  start: number,
  candidate: Candidate,
  letterCase: 'any' | 'spelled' | 'head'
): number {
  const { spelling } = candidate
  let caseless = letterCase === 'any' || candidate.tier === 'loose'
  const also = candidate.alsoWritten
  if (!caseless && also && (text.startsWith(also[0], start) || text.startsWith(also[1], start)))
    caseless = true
  let t = start
  for (let s = 0; s < spelling.length; s++) {
    const want = spelling[s]
    if (want === ' ') {
      // 'head': the first word as spelled, the rest in any case.
      if (letterCase === 'head') caseless = true
      const gap = /^(?:\s+|\s*-\s*)/u.exec(text.slice(t, t + 8))
      if (!gap) return -1
      t += gap[0].length
      continue
    }
    const got = text[t]
    if (got === undefined) return -1
    if (got !== want && !(caseless && got.toLowerCase() === want.toLowerCase())) return -1
    t++
  }
  if (t < text.length && runsOn(text[t - 1], text[t])) {
    const rest = /^[\p{L}\p{N}_]*/u.exec(text.slice(t))![0]
    // "VPCs", "SDKs": the plural of an acronym; "Lambdas", "Helmfiles": of a distinctive name.
    const plural =
      rest === 's' &&
      (/^[A-Z0-9]{2,}$/u.test(spelling) ||
        (candidate.tier === 'loose' && spelling.length >= 4 && /\p{Ll}$/u.test(spelling)))
    // "Vue3", "PHP8", "Java17", "C++17": a major version written on the name.
    const version =
      /^\d{1,4}$/u.test(rest) &&
      spelling.length >= 3 &&
      /[\p{L}+#]$/u.test(spelling) &&
      !candidate.technology.unversioned
    return plural || version ? t + rest.length : -1
  }
  // "C" is not "C++" and ".NET" is not ".NETCore": a name ending in a symbol needs a boundary too.
  if (/[+#]/u.test(text[t] ?? '')) return -1
  // "C:\path": a drive letter.
  if (spelling.length === 1 && /^:[\\/]/u.test(text.slice(t, t + 2))) return -1
  // "developed by C. David Hartwell": a person's initial, before a name ("written in C. The
  // team…" stays C).
  if (
    spelling.length === 1 &&
    /^\. \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}/u.test(text.slice(t, t + 40)) &&
    /(?:\bby|\band|,|\()\s*$/u.test(text.slice(Math.max(0, start - 6), start))
  )
    return -1
  // "v0.8.0", "node v8.x": a version number, not v0 or V8.
  if (/^v\d+$/iu.test(spelling) && /^\.(?:\d|x\b)/u.test(text.slice(t, t + 2))) return -1
  // "Apache-2.0", "Apache License": a licence, not the software. "A Codecov license", "our
  // Datadog licenses": a licence to use the product, which the team holds.
  if (
    /^(?:-\d+\.\d+\b|[\s-]+(?:\d+(?:\.\d+)*\s+)?licen[cs]e\b)/iu.test(text.slice(t, t + 24)) &&
    !HOLDS_A_LICENCE.test(text.slice(Math.max(0, start - 12), start))
  )
    return -1
  return t
}

/** "a", "an", "our", "their" before a name and "license": a licence held, not one granted. */
const HOLDS_A_LICENCE = /\b(?:a|an|our|their|your|its|one|paid)\s+$/iu

/**
 * Part of a URL, a path (either slash, or a drive) or an e-mail address: "github.com/org/react"
 * and "C:\tools\python.exe" name no technology.
 */
function insideAddress(text: string, start: number): boolean {
  let from = start
  while (from > 0 && !/\s/u.test(text[from - 1])) from--
  const token = text.slice(from, start + 1)
  return /:\/\/|^www\.|@|[/\\]\S*[/\\]|^[A-Za-z]:[/\\]/u.test(token)
}

/**
 * The names written with slashes between them around `start` ("Gin/Gorm/gRPC",
 * "Redis/MySQL/MongoDB"), as far as the run of ASCII goes: undefined when that run is no such
 * list (a web address, a path, an e-mail address).
 */
function slashPieces(text: string, start: number): string[] | undefined {
  let from = start
  while (from > 0 && /[!-~]/u.test(text[from - 1])) from--
  let to = start
  while (to < text.length && /[!-~]/u.test(text[to])) to++
  const run = text.slice(from, to).replace(/^[([]+|[.,;:!?)\]]+$/gu, '')
  if (/:\/\/|^www\.|@|^[A-Za-z]:|\\/u.test(run)) return undefined
  const pieces = run.split('/')
  return pieces.length >= 2 && pieces.every((piece) => piece !== '') ? pieces : undefined
}

/** Alone in parentheses, or first in a parenthesized list; a markdown link around it aside. */
function parenthesized(text: string, start: number, end: number): boolean {
  let open = start - 1
  let close = end
  if (text[open] === '[' && text.startsWith('](', close)) {
    open--
    const target = /^\]\([^()\s]*\)/u.exec(text.slice(close, close + 300))
    if (!target) return false
    close += target[0].length
  }
  return text[open] === '(' && /^(?:\)|,\s)/u.test(text.slice(close, close + 2))
}

/**
 * The whole of a list item but for what it is for, in parentheses: "- Bash (script)", "* Salt
 * (service deployment)", as tool lists write them.
 */
function namesListItem(text: string, start: number, end: number): boolean {
  // Windows, not whole lines: a text may be one long line.
  const from = Math.max(0, start - 12)
  const marker = /(^|\n)[ \t]*(?:[-*+•]|\d+[.)])[ \t]+$/u.exec(text.slice(from, start))
  if (!marker || (marker[1] === '' && from > 0 && text[from - 1] !== '\n')) return false
  const gloss = /^[ \t]*\([^()\n]+\)[ \t]*(\n|$)/u.exec(text.slice(end, end + 120))
  return gloss !== null && (gloss[1] === '\n' || end + gloss[0].length >= text.length)
}

/** A label of a host name: "lsif.github.io" or "docs.gitlab.com" are sites, not GitHub or GitLab. */
function insideHostName(text: string, start: number): boolean {
  return text[start - 1] === '.' && /[\p{L}\p{N}-]/u.test(text[start - 2] ?? '')
}

function sentenceStarts(text: string): number[] {
  const starts = [0]
  for (const end of text.matchAll(/[.!?;:](?=\s)|\n/gu)) starts.push(end.index + 1)
  return starts
}

function sentenceOf(starts: number[], at: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid] <= at) low = mid
    else high = mid - 1
  }
  return low
}

/**
 * "The Next Gen Security project", "the Swift Current office": a name of everyday words that goes
 * on into a capitalized word is a part of a longer name (a project's, a place's), which a
 * technology elsewhere in the sentence does not make one. So is one going on into a technology's
 * name: "Windows PowerShell" is PowerShell's edition, which vouches for no Windows.
 */
function nameGoesOn(text: string, end: number): boolean {
  return /^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))
}

/** A capitalized word of a person's name: "Jane", "McCune", "O'Neil". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}`
/** A person's name: a first name, a middle initial or not, one or two more words. */
const PERSON = String.raw`${NAME_WORD}(?: \p{Lu}\.?)?(?: ${NAME_WORD}){1,2}`
/**
 * Inside a link's brackets a name may run longer: the brackets end it ("[Carlos Tadeu Panato
 * Jr.](…)").
 */
const LINKED_PERSON = String.raw`${NAME_WORD}(?: \p{Lu}\.?)?(?: ${NAME_WORD}){1,3}(?: (?:Jr|Sr)\.?)?`
/**
 * A person's handle after the name, as community pages list people: "(@jdoe)", and the same
 * bold and linked, "(**[@jdoe](https://github.com/jdoe)**)".
 */
const HANDLE = String.raw`(?: \((?:\*\*)?\[?@[\w-]+\]?(?:\([^()\s]*\))?(?:\*\*)?\))?`
/**
 * "Jane Doe, Red Hat", "Jane Doe (VMware)", "Jane Doe — Cisco", "Jane Doe (@jdoe), Google": a
 * person's employer, not what a team uses.
 */
const AFFILIATION = new RegExp(`${PERSON}${HANDLE}(?:,\\s*| \\(\\s*| [-–—] )$`, 'u')
/**
 * The same with the name linked, as people lists in markdown write it (a maintainers table:
 * "[Jane Doe](https://github.com/jdoe), Red Hat"): the link's target can be long, so the text
 * looked at reaches further back.
 */
const LINKED_AFFILIATION = new RegExp(
  String.raw`\[${LINKED_PERSON}\]\([^()\s]*\)(?:,\s*| \(\s*)$`,
  'u'
)

/**
 * A table cell right after a person's cell, where people tables put the employer: the person
 * linked to a profile ("| [Jane Doe](https://github.com/jdoe) | Sonatype |") or named by a handle
 * ("| @jdoe | Google |"). A cell after a team's or a service's name is not one.
 */
const PROFILE = String.raw`https?://(?:www\.)?(?:github\.com|gitlab\.com|twitter\.com|x\.com|linkedin\.com/in)/[\w.-]+/?`
const PERSON_CELL = new RegExp(
  String.raw`\|\s*(?:\[[^\]\n]+\]\(${PROFILE}\)|@[\w-]+)\s*\|\s*(?:\*\*)?$`,
  'u'
)

/**
 * Whether the next name follows this one as the next item of a list ("programs such as Bug
 * Bounty, AWS, New Relic, Twilio"): then the words before it were an item too, not a person
 * whose employer it is ("Jane Doe, Red Hat" ends there, or goes on to another person).
 */
function listedWith(text: string, match: Found, next: Found | undefined): boolean {
  return (
    next !== undefined &&
    next.sentence === match.sentence &&
    /^\s*,\s*(?:and\s+|or\s+)?$/u.test(text.slice(match.end, next.start))
  )
}

function isAffiliation(text: string, match: Found, previous: Found | undefined): boolean {
  const from = Math.max(0, match.start - 40, previous?.end ?? 0)
  const near = text.slice(from, match.start)
  if (
    AFFILIATION.test(near) &&
    !isAbbreviation(near, text.slice(match.start, match.end)) &&
    !(/\(\s*$/u.test(near) && describesBefore(text, match.end))
  ) {
    return true
  }
  const before = text.slice(Math.max(0, match.start - 300, previous?.end ?? 0), match.start)
  if (PERSON_CELL.test(before)) return true
  return before.includes('](') && (LINKED_AFFILIATION.test(before) || AFFILIATION.test(before))
}

/**
 * Whether the parentheses a name opens go on to say more than a name ("Database Observability
 * (Prometheus instrumentation, workload analysis)"): the words before them are what the thing
 * is about, not a person, whose employer in parentheses stands alone ("Jane Doe (VMware)",
 * "John Roe (Red Hat, Inc.)").
 */
function describesBefore(text: string, end: number): boolean {
  return /^[ \t]+\p{Ll}/u.test(text.slice(end, end + 40))
}

/**
 * Whether the name in parentheses abbreviates the words before it ("Relational Database Service
 * (RDS)", "Simple Storage Service (S3)"): a product's long name, not a person's.
 */
function isAbbreviation(before: string, written: string): boolean {
  const words = /((?:\p{Lu}[\p{L}'’-]*\s+)+)\(\s*$/u.exec(before)?.[1].trim().split(/\s+/u) ?? []
  const initials = words.map((word) => word[0]).join('')
  const counted = initials.replace(
    /(\p{Lu})\1+/gu,
    (run, letter: string) => `${letter}${run.length}`
  )
  return [initials, counted].some((form) => form.length > 1 && form.endsWith(written))
}

/**
 * "a Heroku-like experience", "Linear-style websites": a name a thing is compared with, not one
 * that is used.
 */
function isComparison(text: string, match: Found): boolean {
  return /^-(?:like|style|styled|esque|alike|inspired)\b/iu.test(
    text.slice(match.end, match.end + 10)
  )
}

/**
 * "javascript:location.search=…", "mailto:…" in a link or an HTML attribute: a URI's scheme, not
 * the technology. Only a lower-case name right after a quote, "=", "(" or "<", as addresses
 * start; "redis:alpine" in a sentence is left to the other rules.
 */
function isUriScheme(text: string, match: Found): boolean {
  const written = text.slice(match.start, match.end)
  return (
    !/\p{Lu}/u.test(written) &&
    /["'=(<]/u.test(text[match.start - 1] ?? '') &&
    /^:[\p{L}/]/u.test(text.slice(match.end, match.end + 2))
  )
}

/**
 * "`.github/workflows/`", ".gitlab-ci.yml", ".vscode": a dot-file or dot-directory, a name a
 * tool gives its configuration, written in lower case after the dot that starts the path. It
 * names where the files are, not what a team uses (".NET" is written with its capitals).
 */
function isDotFile(text: string, match: Found): boolean {
  return (
    text[match.start - 1] === '.' &&
    !/[\p{L}\p{N}._/-]/u.test(text[match.start - 2] ?? '') &&
    !/\p{Lu}/u.test(text.slice(match.start, match.end))
  )
}

/**
 * What may follow a name and a hyphen in a lower-case word that still names it: "rust-based"
 * ("Heroku-like" compares: isComparison).
 */
const NAME_SUFFIX = /^-(?:based|powered|native|compatible|enabled|first)\b/u

/**
 * Part of an identifier written in lower case: a repository, package, subproject or channel named
 * after what it works with ("prometheus-adapter", "kubernetes-sigs/metrics-server",
 * "#team-terraform"), or an "owner/repo" slug. Such a name says what the thing is called, not what
 * a team uses; a name written as a product is ("Prometheus", "Rust-based").
 */
function isIdentifierPart(text: string, match: Found): boolean {
  const written = text.slice(match.start, match.end)
  if (/\p{Lu}/u.test(written)) return false
  const before = text.slice(Math.max(0, match.start - 2), match.start)
  const after = text.slice(match.end, match.end + 12)
  if (/\p{L}-$/u.test(before)) return true
  if (/^-\p{L}/u.test(after) && !NAME_SUFFIX.test(after)) return true
  // "kubernetes-sigs/metrics", "grafana/tanka": a repository's slug.
  let from = match.start
  while (from > 0 && !/[\s([`'"]/u.test(text[from - 1])) from--
  let to = match.end
  while (to < text.length && !/[\s)\]`'",;:]/u.test(text[to])) to++
  return /^[\p{Ll}\d._-]+\/[\p{Ll}\d._-]+$/u.test(text.slice(from, to))
}

/**
 * Where to reach people, not what they use: "GitHub Teams:", "GitHub handles", "Discord
 * channels".
 */
const CONTACT_AFTER =
  /^\s+(?:teams?\s*:|handles?\b|usernames?\b|profiles?\b|discussions\b|channels?\b|forums?\b)/iu

/** "the @org/team handle on GitHub", "our channel on Discord". */
const CONTACT_BEFORE = /\b(?:handles?|usernames?|channels?|profiles?)\s+(?:on|in)\s+$/iu

function isContactPoint(text: string, match: Found): boolean {
  return (
    CONTACT_AFTER.test(text.slice(match.end, match.end + 16)) ||
    CONTACT_BEFORE.test(text.slice(Math.max(0, match.start - 24), match.start))
  )
}

/** A spelling whose first word is an acronym: "API Gateway", "SQL Developer". */
const ACRONYM_HEAD = /^[\p{Lu}\p{N}]{2,}(?:\s|$)/u

function midSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 20), at).trimEnd()
  return before !== '' && !/[.!?:;\n*+\-•(]$/u.test(before)
}

function matchIsPlain(match: Found): boolean {
  return match.why === 'in a technology list' || match.why === "named in the catalog's registry"
}
