import { catalogCategory } from '../technology/dictionary/dictionary-categories'
import { knownTechnology } from '../technology/dictionary/known-technologies'
import type { TechnologyCategory } from './schema'

/** A registry entry, as `validate --fix` writes it and the hint shows it. */
export interface RegistryEntry {
  name: string
  aliases: string[]
  category: TechnologyCategory
}

/**
 * What makes a reference the registry lacks resolve, when the technology dictionary knows it:
 * a new registry entry, or (when the registry has the technology under another spelling) an
 * alias of that entry.
 */
export type RegistryAddition =
  { kind: 'entry'; entry: RegistryEntry } | { kind: 'alias'; alias: string; of: string }

/**
 * Aliases a suggested entry carries at most: the spelling the file used, then the dictionary's
 * first ones. Its generated spelling variants ("Postgre SQL", "ada95") would crowd the line and
 * could claim spellings the file means for something else.
 */
const MAX_ALIASES = 3

/**
 * The addition that resolves `reference`, or undefined when the dictionary does not know it.
 * `canonical` maps every registry spelling, lower-cased, to its canonical name.
 */
export function registryAddition(
  reference: string,
  canonical: ReadonlyMap<string, string>
): RegistryAddition | undefined {
  const known = knownTechnology(reference)
  if (!known) return undefined
  for (const spelling of [known.name, ...known.aliases]) {
    const of = canonical.get(spelling.toLowerCase())
    if (of !== undefined) return { kind: 'alias', alias: reference.trim(), of }
  }
  const name = known.name
  const taken = new Set([name.toLowerCase()])
  const aliases: string[] = []
  for (const alias of [reference.trim(), ...known.aliases]) {
    const key = alias.toLowerCase()
    if (aliases.length === MAX_ALIASES || taken.has(key) || canonical.has(key)) continue
    taken.add(key)
    aliases.push(alias)
  }
  return { kind: 'entry', entry: { name, aliases, category: catalogCategory(known.category) } }
}

/**
 * The hint for an addition to the catalog `file`: the exact line (YAML) or object (JSON) to add,
 * and where.
 */
export function additionHint(addition: RegistryAddition, file: string): string {
  const json = /\.json$/iu.test(file)
  const fix = `or run "npm run orgscope -- validate --fix ${file || 'FILE'}" to add it`
  if (addition.kind === 'alias') {
    return `the technology dictionary knows "${addition.alias}" as "${addition.of}": add "${addition.alias}" to the aliases of "${addition.of}", ${fix}`
  }
  return json
    ? `add ${jsonEntry(addition.entry)} to "technologies", ${fix}`
    : `add "- ${yamlEntry(addition.entry)}" under technologies:, ${fix}`
}

/** An entry as one YAML flow mapping: `{ name: Kafka, aliases: [Apache Kafka], category: data }`. */
export function yamlEntry(entry: RegistryEntry): string {
  const aliases =
    entry.aliases.length > 0 ? `, aliases: [${entry.aliases.map(yamlScalar).join(', ')}]` : ''
  return `{ name: ${yamlScalar(entry.name)}${aliases}, category: ${entry.category} }`
}

/** An entry as one JSON object, keys in the order the schema lists them. */
export function jsonEntry(entry: RegistryEntry): string {
  const aliases = entry.aliases.length > 0 ? `, "aliases": ${JSON.stringify(entry.aliases)}` : ''
  return `{"name": ${JSON.stringify(entry.name)}${aliases}, "category": ${JSON.stringify(entry.category)}}`
}

/**
 * A scalar as a flow-context YAML value: plain where it reads back as the same text (letters,
 * digits and a few marks, not a number, boolean or null), else double-quoted (JSON's escapes
 * are YAML's).
 */
export function yamlScalar(text: string): string {
  const plain =
    /^[\p{L}\d_][\p{L}\p{N}_ .+/()@-]*$/u.test(text) &&
    !text.endsWith(' ') &&
    !/^(true|false|null|yes|no|on|off|~|[-+]?(\d[\d_]*)?\.?\d[\d_]*(e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+)$/iu.test(
      text
    )
  return plain ? text : JSON.stringify(text)
}
