import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLSeq } from 'yaml'
import type { Diagnostic, Result } from './diagnostic'
import { LineIndex } from './line-index'
import { loadCatalogText } from './load'
import { parseJson } from './parse-json'
import { parseSource } from './source'
import { registryAddition, yamlEntry, yamlScalar, type RegistryAddition } from './registry-addition'

export interface RegistryFix {
  /** The catalog's text with the additions made (the text itself when there are none). */
  text: string
  /** What was added, in the order the references needing it appear. */
  added: RegistryAddition[]
}

/**
 * The catalog's text with a registry entry (or an alias) added for every technology reference
 * the registry lacks and the technology dictionary knows: what `validate --fix` writes.
 *
 * YAML is edited where it is written, as `migrate` does: the `yaml` library's Document API finds
 * the registry and its entries, and the new lines (or flow items) are inserted there, every other
 * byte staying as it was (comments, blank lines, quoting; re-serializing the document would
 * reflow folded text and respace flow lists). JSON is read and written as JSON, with the file's
 * indentation. Refuses, changing nothing, a file with a syntax error (the loader's located
 * diagnostics say where) or one whose registry is not a list.
 */
export function fixRegistry(text: string, file: string): Result<RegistryFix> {
  const loaded = loadCatalogText(text, file)
  if (loaded.ok) return { ok: true, value: { text, added: [] } }
  const bom = text.charCodeAt(0) === 0xfeff ? text[0] : ''
  const source = text.slice(bom.length)
  const json = isJsonCatalog(source, file) ? parseJson(source) : undefined
  if (json) return fixJson(json.data, source, bom)
  const document = parseDocument(source, { uniqueKeys: false })
  if (document.errors.length > 0) {
    // The loader's own reading says what is wrong and how to fix it; where it reads the file
    // (it accepts a few layouts YAML forbids) the edit would not be safe all the same.
    const parsed = parseSource(text, file)
    if (!parsed.ok) return refuse(parsed.errors)
    const [first] = document.errors
    return refuse([
      {
        file,
        ...new LineIndex(source).position(first.pos[0]),
        message: `this layout cannot be edited safely: ${first.message.split('\n')[0]}`,
        hint: 'write it as plain YAML (see "How a file is read" in the README), then run validate --fix again'
      }
    ])
  }
  const data = document.toJS({ maxAliasCount: -1 }) as unknown
  const added = additionsFor(data)
  if (added.length === 0) return { ok: true, value: { text, added } }
  const registry = isMap(document.contents) ? document.contents.get('technologies', true) : null
  if (!isSeq(registry) || !registry.range) {
    return refuse([
      {
        file,
        line: 1,
        column: 1,
        message: 'no technologies list to add to',
        hint: 'add "technologies:" with a list of technologies at the top level of the file'
      }
    ])
  }
  const edits: Edit[] = []
  for (const addition of added) {
    if (addition.kind === 'entry') continue
    const edit = aliasEdit(source, registry, addition)
    if (edit) edits.push(edit)
  }
  const entries = added.flatMap((addition) =>
    addition.kind === 'entry' ? [yamlEntry(addition.entry)] : []
  )
  if (entries.length > 0) edits.push(appendEdit(source, registry, entries))
  return { ok: true, value: { text: bom + applyEdits(source, edits), added } }
}

function refuse(errors: Diagnostic[]): Result<RegistryFix> {
  return { ok: false, errors }
}

/** Read as JSON the way the loader does: a `.json` file, or text that starts with `{`. */
function isJsonCatalog(source: string, file: string): boolean {
  return file.toLowerCase().endsWith('.json') || source.trimStart().startsWith('{')
}

interface Edit {
  at: number
  insert: string
}

function applyEdits(text: string, edits: Edit[]): string {
  let result = text
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
    result = result.slice(0, edit.at) + edit.insert + result.slice(edit.at)
  }
  return result
}

/** The additions a catalog's data needs: one per technology, in the order references appear. */
function additionsFor(data: unknown): RegistryAddition[] {
  if (!isRecord(data) || !Array.isArray(data.technologies)) return []
  const canonical = new Map<string, string>()
  const claim = (spelling: unknown, name: string) => {
    if (typeof spelling === 'string' && !canonical.has(spelling.toLowerCase())) {
      canonical.set(spelling.toLowerCase(), name)
    }
  }
  for (const technology of data.technologies) {
    if (!isRecord(technology) || typeof technology.name !== 'string') continue
    claim(technology.name, technology.name)
    if (Array.isArray(technology.aliases)) {
      for (const alias of technology.aliases) claim(alias, technology.name)
    }
  }
  const added: RegistryAddition[] = []
  for (const reference of references(data)) {
    if (canonical.has(reference.toLowerCase())) continue
    const addition = registryAddition(reference, canonical)
    if (!addition) continue
    added.push(addition)
    // What is added now resolves later references, so each technology is added once.
    if (addition.kind === 'alias') claim(addition.alias, addition.of)
    else
      for (const spelling of [addition.entry.name, ...addition.entry.aliases]) {
        claim(spelling, addition.entry.name)
      }
  }
  return added
}

/** Every technology reference of the data: families, then each team's, in file order. */
function* references(data: Record<string, unknown>): Generator<string> {
  for (const technology of list(data.technologies)) yield* strings([technology.family])
  const unit = function* (holder: Record<string, unknown>): Generator<string> {
    for (const team of list(holder.teams)) {
      yield* strings(team.stack)
      yield* strings(team.mentions)
      for (const owner of [...list(team.projects), ...list(team.roles)]) {
        yield* strings(owner.technologies)
      }
    }
    for (const group of list(holder.groups)) yield* unit(group)
  }
  for (const division of list(data.divisions)) yield* unit(division)
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : []
}

function strings(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value]
  return items.filter((item): item is string => typeof item === 'string' && item.trim() !== '')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** New entries after the registry's last one, as the list is written (block or flow). */
function appendEdit(source: string, registry: YAMLSeq, entries: string[]): Edit {
  const [start, end] = registry.range!
  if (registry.flow) return flowAppend(source, start, end, registry.items.length > 0, entries)
  const indent = ' '.repeat(start - lineStart(source, start))
  const last = registry.items[registry.items.length - 1] as Node | Pair | undefined
  const lastEnd = last && 'range' in last && last.range ? last.range[1] : end
  const at = lineEnd(source, Math.max(start, lastEnd - 1))
  const newline = source.includes('\r\n') ? '\r\n' : '\n'
  return { at, insert: entries.map((entry) => `${newline}${indent}- ${entry}`).join('') }
}

/** Items added before a flow list's closing bracket: `[a]` → `[a, b]`, `[]` → `[b]`. */
function flowAppend(
  source: string,
  start: number,
  end: number,
  hasItems: boolean,
  items: string[]
): Edit {
  const close = source.lastIndexOf(']', end - 1)
  let at = close
  // After the last item, not after a trailing comma or space before the bracket.
  while (at > start + 1 && /[\s,]/u.test(source[at - 1])) at--
  const trailingComma = source.slice(at, close).includes(',')
  const separator = hasItems && !trailingComma ? ', ' : hasItems ? ' ' : ''
  return { at: trailingComma ? close : at, insert: separator + items.join(', ') }
}

/** An alias added to the aliases of the entry it belongs to, where they are written. */
function aliasEdit(
  source: string,
  registry: YAMLSeq,
  addition: Extract<RegistryAddition, { kind: 'alias' }>
): Edit | undefined {
  const entry = registry.items.find(
    (item) => isMap(item) && String(item.get('name')) === addition.of
  )
  if (!isMap(entry) || !entry.range) return undefined
  const alias = yamlScalar(addition.alias)
  const aliases = entry.get('aliases', true)
  if (isSeq(aliases) && aliases.range) {
    return aliases.flow
      ? flowAppend(source, aliases.range[0], aliases.range[1], aliases.items.length > 0, [alias])
      : appendEdit(source, aliases, [alias])
  }
  const name = entry.items.find((pair) => isScalar(pair.key) && pair.key.value === 'name')
  const nameEnd = isScalar(name?.value) ? name.value.range?.[1] : undefined
  if (nameEnd === undefined || !isScalar(name?.key) || !name.key.range) return undefined
  if (entry.flow) return { at: nameEnd, insert: `, aliases: [${alias}]` }
  const keyStart = name.key.range[0]
  const indent = ' '.repeat(keyStart - lineStart(source, keyStart))
  return { at: lineEnd(source, nameEnd - 1), insert: `\n${indent}aliases: [${alias}]` }
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1
}

/** The offset of the end of the line holding `offset` (before its line break). */
function lineEnd(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset)
  if (newline === -1) return source.length
  return source[newline - 1] === '\r' ? newline - 1 : newline
}

/** The JSON catalog with its additions, written as JSON with the file's indentation. */
function fixJson(data: unknown, source: string, bom: string): Result<RegistryFix> {
  const added = additionsFor(data)
  if (added.length === 0) return { ok: true, value: { text: bom + source, added } }
  const catalog = data as Record<string, unknown> & { technologies: Record<string, unknown>[] }
  for (const addition of added) {
    if (addition.kind === 'entry') {
      catalog.technologies.push({ ...addition.entry })
      continue
    }
    const entry = catalog.technologies.find((technology) => technology.name === addition.of)
    if (!entry) continue
    entry.aliases = [...(Array.isArray(entry.aliases) ? entry.aliases : []), addition.alias]
  }
  const indent = /^[ \t]*\{\s*?\n([ \t]+)"/u.exec(source)?.[1] ?? '  '
  const newline = source.includes('\r\n') ? '\r\n' : '\n'
  const written = JSON.stringify(catalog, null, indent).replace(/\n/gu, newline)
  const ending = /\r?\n$/u.exec(source)?.[0] ?? ''
  return { ok: true, value: { text: bom + written + ending, added } }
}
