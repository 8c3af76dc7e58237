import { load } from 'js-yaml'
import { YAML_CORE_SCHEMA } from './core-schema'
import type { DataPath, ParseTree } from './parse-tree'

const COLON = 0x3a

/** A mapping entry's nodes: its key, and its value (the key again when it has none). */
interface Entry {
  key: number
  value: number
}

/**
 * Finds where a value of the parsed data is written, from the parse tree: it walks the tree and
 * the data side by side along a data path, so that the data says what each node holds. Built
 * only when a diagnostic needs a position; what it learns of a mapping or list is kept for the
 * next diagnostic (a hundred of them in a list of 10⁵ teams read the list once).
 */
export class TreeLocator {
  private readonly entryCache = new Map<number, Map<string, Entry>>()
  private readonly itemCache = new Map<number, number[]>()

  constructor(
    private readonly tree: ParseTree,
    private readonly text: string,
    private readonly data: unknown
  ) {}

  /** The offset where the value at `path` starts (its key's start with `key`); see SourceDocument. */
  locate(path: DataPath, key = false): number {
    if (this.tree.size === 0 || !this.tree.complete) return 0
    let node = 0
    let keyNode = -1
    let value = this.data
    for (const segment of path) {
      const next = this.child(node, value, segment)
      if (!next) break
      node = next.value
      keyNode = next.key
      value = next.data
    }
    return this.tree.start(key && keyNode >= 0 ? keyNode : node)
  }

  private child(
    at: number,
    value: unknown,
    segment: PropertyKey
  ): { key: number; value: number; data: unknown } | undefined {
    const node = this.unwrapped(at)
    if (Array.isArray(value)) {
      if (typeof segment !== 'number') return undefined
      const item = this.items(node, value)[segment]
      return item === undefined || item < 0
        ? undefined
        : { key: -1, value: item, data: value[segment] }
    }
    if (value === null || typeof value !== 'object') return undefined
    const name = String(segment)
    const entry = this.entries(node, value).get(name)
    return entry && { ...entry, data: (value as Record<string, unknown>)[name] }
  }

  /**
   * The node that holds a node's children. js-yaml sometimes reads a value inside a node of its
   * own that passes it on (a flow mapping at the top of a document: js-yaml first tries it as
   * the first key of a block mapping, finds no colon, and keeps it as the document; a list item
   * likewise): its only child, starting where it starts.
   */
  private unwrapped(node: number): number {
    const tree = this.tree
    let inner = node
    while (
      inner + 1 < tree.size &&
      tree.end(inner + 1) === tree.end(inner) &&
      tree.start(inner + 1) === tree.start(inner)
    ) {
      inner++
    }
    return inner
  }

  /**
   * The nodes under `node`, grouped in pairs where a colon follows the first of two: each
   * group's first node, and its second (-1 when alone). Two flat lists, not a pair per group:
   * a list of a million items is read too.
   */
  private groups(node: number): { firsts: number[]; seconds: number[] } {
    const tree = this.tree
    const firsts: number[] = []
    const seconds: number[] = []
    const end = tree.end(node)
    for (let first = node + 1; first < end;) {
      const next = tree.end(first)
      // A key is followed by a colon when a value node comes with it (`{a, b: 1}` or an
      // explicit `? a` has none); in a flow list, `[a: b]` is one item read as two nodes.
      const paired = next < end && this.text.charCodeAt(tree.skipSpace(tree.close(first))) === COLON
      firsts.push(first)
      seconds.push(paired ? next : -1)
      first = paired ? tree.end(next) : next
    }
    return { firsts, seconds }
  }

  /** A mapping's entries by key name, as the data names its keys. */
  private entries(node: number, value: object): Map<string, Entry> {
    let entries = this.entryCache.get(node)
    if (entries) return entries
    entries = new Map()
    const { firsts: keys, seconds: values } = this.groups(node)
    const names = Object.keys(value)
    // Keys come in the order they are written, but for integer-like ones, which JavaScript
    // lists first: only then is each key's text read.
    const inOrder = names.length === keys.length && !names.some((name) => INDEX.test(name))
    for (let i = 0; i < keys.length; i++) {
      const name = inOrder ? names[i] : this.keyName(keys[i])
      if (!entries.has(name))
        entries.set(name, { key: keys[i], value: values[i] >= 0 ? values[i] : keys[i] })
    }
    this.entryCache.set(node, entries)
    return entries
  }

  /** The name the data gives a key node: its text, read as the parser read it. */
  private keyName(node: number): string {
    const start = this.tree.start(node)
    const written = this.text.slice(start, this.tree.close(node)).trimEnd()
    try {
      return String(load(written, { schema: YAML_CORE_SCHEMA }))
    } catch {
      return written
    }
  }

  /** A list's item nodes by index; -1 where an item has no node of its own. */
  private items(node: number, value: unknown[]): number[] {
    let items = this.itemCache.get(node)
    if (items) return items
    items = this.groups(node).firsts
    if (items.length !== value.length) {
      // `- ` with nothing after it is a null js-yaml stores without reading a node: line the
      // nodes up with the items around those.
      const nodes = items
      items = []
      let k = 0
      for (const item of value) {
        const fits = k < nodes.length && (item !== null || this.writesNull(nodes[k]))
        items.push(fits ? nodes[k++] : -1)
      }
    }
    this.itemCache.set(node, items)
    return items
  }

  /** Whether a node is written as null: empty, `~` or `null`. */
  private writesNull(node: number): boolean {
    const start = this.tree.start(node)
    const written = this.text.slice(start, this.tree.close(node)).trim()
    return start >= this.tree.close(node) || NULL.test(written)
  }
}

/** A key JavaScript orders before the others: an array index. */
const INDEX = /^(?:0|[1-9][0-9]*)$/

const NULL = /^(?:~|null|Null|NULL)?$/
