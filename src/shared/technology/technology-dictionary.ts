import type { z } from 'zod'
import { Technology, type TechnologyCategory } from '../catalog/schema'
import { catalogCategory } from './dictionary/dictionary-categories'
import { familyOf, knownTechnologies, knownTechnology } from './dictionary/known-technologies'
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

/** A set of technologies with one owner per spelling: the first to claim a spelling keeps it. */
class Layer {
  readonly entries: Entry[] = []
  readonly bySpelling = new Map<string, Entry>()

  constructor(private readonly below?: Layer) {}

  owner(spelling: string): Entry | undefined {
    const key = spelling.toLowerCase()
    return this.bySpelling.get(key) ?? this.below?.owner(key)
  }

  include(
    technology: RegistryEntry,
    how: Pick<Recognizable, 'declared' | 'ambiguous' | 'exactCase'>
  ): boolean {
    const name = technology.name.toLowerCase()
    // A catalog's own registry beats the dictionary, and no spelling may belong to two entries
    // (the loader refuses that).
    if (this.owner(name)) return false
    const aliases = technology.aliases.filter(
      (alias, i, all) =>
        !this.owner(alias) &&
        alias.toLowerCase() !== name &&
        all.findIndex((other) => other.toLowerCase() === alias.toLowerCase()) === i
    )
    const registry = { ...technology, aliases }
    const written = [registry.name, ...aliases]
    const singulars = written.flatMap(singularOf).filter((singular) => !this.owner(singular))
    const spellings = [...written, ...singulars]
    const entry: Entry = {
      ...how,
      ...(singulars.length > 0 && { exactCase: new Set([...(how.exactCase ?? []), ...singulars]) }),
      name: registry.name,
      spellings,
      registry,
      unversioned: registry.category === 'protocol'
    }
    this.entries.push(entry)
    for (const spelling of spellings) this.bySpelling.set(spelling.toLowerCase(), entry)
    return true
  }
}

/**
 * A name of three words or more that ends in a plural ("JSON Web Tokens", "AWS Step Functions")
 * is written in the singular too ("a JSON Web Token"): found either way, as written, so that the
 * singular is not read as its first word alone ("JSON"). Not for two words: "the GitHub page" of
 * a pull request is no GitHub Pages, nor "a GitHub action" GitHub Actions (a spelling's later
 * words match in any case). Not for a last word in -ss, -us or -is.
 */
function singularOf(spelling: string): string[] {
  const words = spelling.split(' ')
  const last = words.at(-1) ?? ''
  if (words.length < 3 || !/^\p{Lu}\p{Ll}+[^siu]s$/u.test(last)) return []
  return [[...words.slice(0, -1), last.slice(0, -1)].join(' ')]
}

let dictionaryLayer: { layer: Layer; recognizer: TechnologyRecognizer } | undefined

/** The generated dictionary as a layer, built once: every import shares it. */
function dictionary(): { layer: Layer; recognizer: TechnologyRecognizer } {
  if (!dictionaryLayer) {
    const layer = new Layer()
    for (const entry of knownTechnologies()) {
      layer.include(
        { name: entry.name, aliases: entry.aliases, category: catalogCategory(entry.category) },
        { ambiguous: new Set(entry.ambiguous), exactCase: new Set(entry.exactCase) }
      )
    }
    dictionaryLayer = { layer, recognizer: new TechnologyRecognizer(layer.entries) }
  }
  return dictionaryLayer
}

/**
 * The technologies the importer recognizes: the catalog registry passed in (its spellings win),
 * then the technology dictionary (known-technologies.ts), shared by every instance. Finds names
 * and aliases in text (see recognize.ts), and learns names a stack list introduces.
 */
export class TechnologyDictionary {
  /** The registry and what was learned: above the dictionary, and seen through first. */
  private readonly own: Layer
  private recognizer: TechnologyRecognizer | undefined
  /** Canonical names (lower case) of the organisation's own products, never found in its text. */
  private ownProducts = new Set<string>()

  constructor(known: readonly KnownTechnology[] = []) {
    this.own = new Layer()
    for (const candidate of known) {
      const parsed = Technology.safeParse(candidate)
      if (parsed.success) this.declare(parsed.data)
    }
  }

  /**
   * The organisation whose document this is. What it makes is not what its teams use: in
   * GitLab's handbook "GitLab" (and GitLab CI, its family) names the company and its product, in
   * the Node.js project's pages "Node.js" is the project itself. Those names are left out of
   * `find`; a name the dictionary does not know changes nothing.
   */
  setOrganization(name: string | undefined): void {
    this.ownProducts = new Set()
    const own = name === undefined ? undefined : this.organizationProduct(name)
    if (own === undefined) return
    this.ownProducts.add(own.toLowerCase())
    if (!ownsItsFamily(own)) return
    for (const entry of knownTechnologies()) {
      if (entry.family === own) this.ownProducts.add(entry.name.toLowerCase())
    }
  }

  /**
   * Whether a technology (any spelling) is the organisation's own product: for a reader that
   * learns the organisation's name only after reading its teams, to drop those afterwards.
   */
  isOrganizationsOwn(organization: string, technology: string): boolean {
    const own = this.organizationProduct(organization)
    const named = this.lookup(technology)?.name ?? technology.trim()
    if (own === undefined) return false
    return named === own || (ownsItsFamily(own) && familyOf(named) === own)
  }

  /**
   * The technology an organisation's name names, by its leading words: "GitLab", and the
   * "Gitlab Data Access" or "Node.js Working Groups" a reader may have taken from a title.
   */
  private organizationProduct(organization: string): string | undefined {
    const words = organization.trim().split(/\s+/u)
    for (let length = words.length; length >= 1; length--) {
      const spelling = words.slice(0, length).join(' ')
      const known = this.lookup(spelling)
      // Leading words that are also everyday words name nothing: "Spark Labs" is not Spark's.
      const everyday = knownTechnology(spelling)?.ambiguous.some(
        (word) => word.toLowerCase() === spelling.toLowerCase()
      )
      if (known && (length === words.length || !everyday)) return known.name
    }
    return undefined
  }

  /** The entry a spelling (name or alias, any case) belongs to. */
  lookup(spelling: string): RegistryEntry | undefined {
    const key = spelling.trim().toLowerCase()
    return (this.own.bySpelling.get(key) ?? dictionary().layer.bySpelling.get(key))?.registry
  }

  /** Adds a technology the dictionary did not know; returns the entry that now owns the name. */
  learn(name: string, category: TechnologyCategory): RegistryEntry {
    const existing = this.lookup(name)
    if (existing) return existing
    const entry: RegistryEntry = { name: name.trim(), aliases: [], category }
    // A name a stack list states is the organisation's word that it is a technology.
    this.declare(entry)
    return entry
  }

  /** The category of the family a name belongs to ("Grafana Cloud": Grafana's), if any. */
  familyCategory(name: string): TechnologyCategory | undefined {
    const family = familyOf(name)
    return family === null ? undefined : this.lookup(family)?.category
  }

  /** Registry entries for the given canonical names: the registry's first, then the dictionary's. */
  registryFor(names: Iterable<string>): RegistryEntry[] {
    const wanted = new Set(names)
    const ownNames = new Set(this.own.entries.map((entry) => entry.name.toLowerCase()))
    const fromDictionary = dictionary()
      .layer.entries.filter((entry) => !ownNames.has(entry.name.toLowerCase()))
      .map(({ registry }) => ({
        ...registry,
        // The spellings the registry claimed are not the dictionary's to give.
        aliases: registry.aliases.filter((alias) => !this.own.bySpelling.has(alias.toLowerCase()))
      }))
    return [...this.own.entries.map((entry) => entry.registry), ...fromDictionary]
      .filter((registry) => wanted.has(registry.name))
      .map((registry) => ({
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
    this.recognizer ??= new TechnologyRecognizer(this.own.entries, dictionary().recognizer)
    const found = this.recognizer.recognize(text, context)
    if (this.ownProducts.size === 0) return found
    return found.filter((match) => !this.ownProducts.has(match.name.toLowerCase()))
  }

  /** Adds a registry or learned technology, as ambiguous as the dictionary's same spellings. */
  private declare(technology: RegistryEntry): void {
    const spellings = [technology.name, ...technology.aliases]
    const flagged = (field: 'ambiguous' | 'exactCase') =>
      new Set(spellings.filter((spelling) => knownTechnology(spelling)?.[field].includes(spelling)))
    if (
      this.own.include(technology, {
        declared: true,
        ambiguous: flagged('ambiguous'),
        exactCase: flagged('exactCase')
      })
    ) {
      this.recognizer = undefined
    }
  }
}

/**
 * Whether an organisation's product family is its own product's parts (GitLab CI at GitLab,
 * never a technology of GitLab's teams) rather than separate products its teams build on: a
 * cloud's services are the latter (the AWS family is Amazon S3, Lambda, …, and a storage team
 * at AWS runs on Amazon S3). Only the cloud's own name is then the organisation's own.
 */
function ownsItsFamily(own: string): boolean {
  return knownTechnology(own)?.category !== 'cloud'
}
