import type { TechnologyDictionary, KnownTechnology } from '../technology/technology-dictionary'
import type { UniqueIds } from './ids'
import type { ImportMapping } from './import-plan'
import type { ImportNotes } from './import-notes'
import type { Position } from './markdown-blocks'

export interface ImportOptions {
  /** Named in diagnostics and in the catalog's `company.source`. */
  file: string
  /** A catalog registry to recognize technologies by (e.g. the bundled catalog's), before the built-in vocabulary. */
  knownTechnologies?: readonly KnownTechnology[]
  /** The company's name, when the guide does not say it. */
  companyName?: string
  /** Where the guide is published: its relative links are resolved against it. */
  baseUrl?: string
  /** A user's choices of roles by outline key (`guide.import.json`). */
  mapping?: ImportMapping
  /** The encoding the source was decoded from, when not UTF-8 (a spreadsheet's): said in a note. */
  encoding?: string
}

/** What every step of reading one guide shares: its options, its notes and what it has made. */
export interface GuideContext {
  readonly options: ImportOptions
  readonly notes: ImportNotes
  readonly dictionary: TechnologyDictionary
  readonly ids: UniqueIds
  /** Where each catalog value was read from (positions.ts keys). */
  readonly positions: Map<string, Position>
  /** Where each technology first came from, for the registry's positions. */
  readonly technologyAt: Map<string, Position>
  /** The organization the text and the links' addresses agree on (linked-organization.ts). */
  readonly linkedCompany: string | undefined
}
