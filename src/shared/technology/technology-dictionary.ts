import type { z } from 'zod'
import { Technology, type TechnologyCategory } from '../catalog/schema'
import { CORE_TECHNOLOGIES } from './core-technologies'

/** A technology as a catalog file writes it (aliases optional). */
export type KnownTechnology = z.input<typeof Technology>
/** A registry entry as the imported catalog will hold it. */
export type RegistryEntry = z.output<typeof Technology>

export interface TechnologyMatch {
  /** The canonical name. */
  name: string
  start: number
  end: number
}

/**
 * Names that are also everyday words ("react to", "salt", "the spring release"): matched only
 * as written, like every name of four letters or fewer ("Go", "Rust", "AWS").
 */
const EVERYDAY_WORDS = new Set([
  'airflow',
  'angular',
  'consul',
  'drone',
  'elastic',
  'elixir',
  'envoy',
  'express',
  'falco',
  'flask',
  'helm',
  'honeycomb',
  'jaeger',
  'java',
  'nomad',
  'packer',
  'phoenix',
  'puppet',
  'python',
  'rails',
  'react',
  'redux',
  'ruby',
  'salt',
  'sentry',
  'snowflake',
  'spark',
  'spring',
  'swift',
  'tailwind',
  'vault',
  'windows'
])

/** Not part of a word on either side: letters, digits and underscores are word characters. */
const BEFORE = '(?<![\\p{L}\\p{N}_])'
const AFTER = '(?![\\p{L}\\p{N}_])'

/**
 * The technologies the importer recognizes: the catalog registry passed in (its spellings win),
 * then the core technologies. Finds names and aliases in prose at word boundaries, the longest
 * spelling first ("Grafana Cloud" before "Grafana"), and learns names a stack list introduces.
 */
export class TechnologyDictionary {
  private readonly entries: RegistryEntry[] = []
  private readonly bySpelling = new Map<string, RegistryEntry>()
  private matchers: { exact?: RegExp; loose?: RegExp } | undefined

  constructor(known: readonly KnownTechnology[] = []) {
    for (const candidate of [...known, ...CORE_TECHNOLOGIES]) {
      const parsed = Technology.safeParse(candidate)
      if (parsed.success) this.include(parsed.data)
    }
  }

  /** The entry a spelling (name or alias, any case) belongs to. */
  lookup(spelling: string): RegistryEntry | undefined {
    return this.bySpelling.get(spelling.trim().toLowerCase())
  }

  /** Adds a technology the dictionary did not know; returns the entry that now owns the name. */
  learn(name: string, category: TechnologyCategory): RegistryEntry {
    const existing = this.lookup(name)
    if (existing) return existing
    const entry: RegistryEntry = { name: name.trim(), aliases: [], category }
    this.include(entry)
    return entry
  }

  /** Registry entries for the given canonical names, in dictionary order. */
  registryFor(names: Iterable<string>): RegistryEntry[] {
    const wanted = new Set(names)
    return this.entries
      .filter((entry) => wanted.has(entry.name))
      .map((entry) => ({
        name: entry.name,
        aliases: [...entry.aliases],
        category: entry.category,
        ...(entry.description === undefined ? {} : { description: entry.description })
      }))
  }

  /** Every technology named in `text`, in order, overlapping spellings resolved to the longest. */
  find(text: string): TechnologyMatch[] {
    const { exact, loose } = (this.matchers ??= this.buildMatchers())
    const found: TechnologyMatch[] = []
    for (const matcher of [exact, loose]) {
      if (!matcher) continue
      matcher.lastIndex = 0
      for (const match of text.matchAll(matcher)) {
        const entry = this.lookup(match[0])
        if (entry) {
          found.push({ name: entry.name, start: match.index, end: match.index + match[0].length })
        }
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    const kept: TechnologyMatch[] = []
    for (const match of found) {
      const last = kept[kept.length - 1]
      if (!last || match.start >= last.end) kept.push(match)
    }
    return kept
  }

  private include(technology: RegistryEntry): void {
    const name = technology.name.toLowerCase()
    // The first registry to claim a spelling keeps it: a catalog's own registry beats the
    // core technologies, and no spelling may belong to two entries (the loader refuses that).
    if (this.bySpelling.has(name)) return
    const aliases = technology.aliases.filter(
      (alias, i, all) =>
        !this.bySpelling.has(alias.toLowerCase()) &&
        alias.toLowerCase() !== name &&
        all.findIndex((other) => other.toLowerCase() === alias.toLowerCase()) === i
    )
    const entry = { ...technology, aliases }
    this.entries.push(entry)
    for (const spelling of [entry.name, ...aliases])
      this.bySpelling.set(spelling.toLowerCase(), entry)
    this.matchers = undefined
  }

  private buildMatchers(): { exact?: RegExp; loose?: RegExp } {
    const exact: string[] = []
    const loose: string[] = []
    for (const entry of this.entries) {
      for (const spelling of [entry.name, ...entry.aliases]) {
        const asWritten = spelling.length <= 4 || EVERYDAY_WORDS.has(spelling.toLowerCase())
        ;(asWritten ? exact : loose).push(spelling)
      }
    }
    const build = (spellings: string[], flags: string): RegExp | undefined =>
      spellings.length === 0
        ? undefined
        : new RegExp(
            `${BEFORE}(?:${spellings
              .sort((a, b) => b.length - a.length)
              .map(escapeRegExp)
              .join('|')})${AFTER}`,
            flags
          )
    return { exact: build(exact, 'gu'), loose: build(loose, 'giu') }
  }
}

function escapeRegExp(text: string): string {
  // Only syntax characters: with the `u` flag, escaping anything else (e.g. "-") is an error.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
