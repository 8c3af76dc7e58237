import type { z } from 'zod'
import { Technology, type TechnologyCategory } from '../catalog/schema'
import { catalogCategory } from './dictionary-categories'
import { familyOf, knownTechnologies, knownTechnology } from './known-technologies'
import {
  TechnologyRecognizer,
  type Recognition,
  type RecognitionContext,
  type Recognizable
} from './recognize'

/** A technology as a catalog file writes it (aliases optional). */
export type KnownTechnology = z.input<typeof Technology>
/** A registry entry as the imported catalog will hold it. */
export type RegistryEntry = z.output<typeof Technology>

/** A technology found in a text: its canonical name, where, and why it was counted. */
export type TechnologyMatch = Recognition

interface Entry extends Recognizable {
  registry: RegistryEntry
}

/**
 * The technologies the importer recognizes: the catalog registry passed in (its spellings win),
 * then the technology dictionary (known-technologies.ts). Finds names and aliases in text (see
 * recognize.ts), and learns names a stack list introduces.
 */
export class TechnologyDictionary {
  private readonly entries: Entry[] = []
  private readonly bySpelling = new Map<string, Entry>()
  private recognizer: TechnologyRecognizer | undefined

  constructor(known: readonly KnownTechnology[] = []) {
    for (const candidate of known) {
      const parsed = Technology.safeParse(candidate)
      if (parsed.success) this.include(parsed.data, { declared: true })
    }
    for (const entry of knownTechnologies()) {
      this.include(
        { name: entry.name, aliases: entry.aliases, category: catalogCategory(entry.category) },
        { ambiguous: new Set(entry.ambiguous), exactCase: new Set(entry.exactCase) }
      )
    }
  }

  /** The entry a spelling (name or alias, any case) belongs to. */
  lookup(spelling: string): RegistryEntry | undefined {
    return this.bySpelling.get(spelling.trim().toLowerCase())?.registry
  }

  /** Adds a technology the dictionary did not know; returns the entry that now owns the name. */
  learn(name: string, category: TechnologyCategory): RegistryEntry {
    const existing = this.lookup(name)
    if (existing) return existing
    const entry: RegistryEntry = { name: name.trim(), aliases: [], category }
    // A name a stack list states is the organisation's word that it is a technology.
    this.include(entry, { declared: true })
    return entry
  }

  /** The category of the family a name belongs to ("Grafana Cloud": Grafana's), if any. */
  familyCategory(name: string): TechnologyCategory | undefined {
    const family = familyOf(name)
    return family === null ? undefined : this.lookup(family)?.category
  }

  /** Registry entries for the given canonical names, in dictionary order. */
  registryFor(names: Iterable<string>): RegistryEntry[] {
    const wanted = new Set(names)
    return this.entries
      .filter((entry) => wanted.has(entry.name))
      .map(({ registry }) => ({
        name: registry.name,
        aliases: [...registry.aliases],
        category: registry.category,
        ...(registry.description === undefined ? {} : { description: registry.description })
      }))
  }

  /**
   * Every technology named in `text`, in order, overlapping spellings resolved to the longest.
   * In a `list` (a stack list item, a table cell of names) everyday words count as written; in
   * `prose` only where the context is technical.
   */
  find(text: string, context: RecognitionContext = 'prose'): TechnologyMatch[] {
    this.recognizer ??= new TechnologyRecognizer(this.entries)
    return this.recognizer.recognize(text, context)
  }

  private include(
    technology: RegistryEntry,
    how: Pick<Recognizable, 'declared' | 'ambiguous' | 'exactCase'>
  ): void {
    const name = technology.name.toLowerCase()
    // The first registry to claim a spelling keeps it: a catalog's own registry beats the
    // dictionary, and no spelling may belong to two entries (the loader refuses that).
    if (this.bySpelling.has(name)) return
    const aliases = technology.aliases.filter(
      (alias, i, all) =>
        !this.bySpelling.has(alias.toLowerCase()) &&
        alias.toLowerCase() !== name &&
        all.findIndex((other) => other.toLowerCase() === alias.toLowerCase()) === i
    )
    const registry = { ...technology, aliases }
    const spellings = [registry.name, ...aliases]
    const entry: Entry = { ...how, name: registry.name, spellings, registry }
    if (how.declared) {
      // A registry's "Salt" is as much an everyday word as the dictionary's.
      const flagged = (field: 'ambiguous' | 'exactCase') =>
        new Set(
          spellings.filter((spelling) => knownTechnology(spelling)?.[field].includes(spelling))
        )
      entry.ambiguous = flagged('ambiguous')
      entry.exactCase = flagged('exactCase')
    }
    this.entries.push(entry)
    for (const spelling of spellings) this.bySpelling.set(spelling.toLowerCase(), entry)
    this.recognizer = undefined
  }
}
