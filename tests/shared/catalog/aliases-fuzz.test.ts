// @vitest-environment node
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { ALIAS_ALLOWANCE } from '../../../src/shared/catalog/parse-tree'
import { parseSource } from '../../../src/shared/catalog/source'
import { nestedAliasBomb } from '../../fixtures/alias-bomb'
import {
  announceSeed,
  FUZZ_TEST_TIMEOUT_MS,
  fuzzParameters,
  timed
} from '../../fixtures/fuzz-harness'

beforeAll(() => announceSeed('alias fuzz'))

/**
 * Values in the data with every alias expanded (keys count too), as a walk of it would meet
 * them; counting stops past `cap`, so a bomb that got through cannot hang the test itself.
 */
function expandedSize(data: unknown, cap: number): number {
  let count = 0
  const pending: unknown[] = [data]
  while (pending.length > 0 && count <= cap) {
    const value = pending.pop()
    count++
    if (Array.isArray(value)) for (const item of value) pending.push(item)
    else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) {
        count++
        pending.push(item)
      }
    }
  }
  return count
}

/** The most a text may expand to: what it writes out (at most a node per character) and the allowance. */
function bound(text: string): number {
  return ALIAS_ALLOWANCE + 1.5 * (text.length + 2)
}

/** Whether a loaded text stayed within its bound, or was refused at an alias with a hint. */
function expectBounded(text: string): 'loaded' | 'refused' {
  const result = parseSource(text, 'aliases.yaml')
  if (result.ok) {
    expect(expandedSize(result.value.data, bound(text))).toBeLessThanOrEqual(bound(text))
    return 'loaded'
  }
  const [error] = result.errors
  expect(error.message).toMatch(/^malformed YAML: (aliases here expand|alias \*)/)
  expect(error.hint).toMatch(/write the values? out instead/)
  const line = text.split('\n')[error.line - 1]
  expect(line.slice(error.column - 1).startsWith('*'), line.slice(0, 80)).toBe(true)
  return 'refused'
}

const name = fc.constantFrom('a', 'links', 'x_1')

/** An anchored base, then levels that each alias the level before `width` times. */
const bomb = fc.record({
  depth: fc.integer({ min: 1, max: 9 }),
  width: fc.integer({ min: 1, max: 14 }),
  base: fc.integer({ min: 1, max: 40 }),
  anchor: name,
  style: fc.constantFrom('flow-map', 'flow-map-tight', 'flow-list', 'block-map', 'block-list'),
  placement: fc.constantFrom('unknown field', 'summary', 'teams', 'stack')
})

type Bomb = typeof bomb extends fc.Arbitrary<infer B> ? B : never

function bombText({ depth, width, base, anchor, style, placement }: Bomb): string {
  const at = (level: number) => `${anchor}${level}`
  const items = Array.from({ length: base }, (_, i) => `{id: t${i}, name: T}`).join(', ')
  const lines = [`level0: &${at(0)} [${items}]`]
  for (let level = 1; level <= depth; level++) {
    const alias = `*${at(level - 1)}`
    const refs = Array.from({ length: width }, (_, i) => i)
    const body = {
      'flow-map': () => ` {${refs.map((i) => `k${i}: ${alias}`).join(', ')}}`,
      'flow-map-tight': () => ` {${refs.map((i) => `"k${i}":${alias}`).join(',')}}`,
      'flow-list': () => ` [${refs.map(() => alias).join(', ')}]`,
      'block-map': () => refs.map((i) => `\n  k${i}: ${alias}`).join(''),
      'block-list': () => refs.map(() => `\n  - ${alias}`).join('')
    }[style]()
    lines.push(`level${level}: &${at(level)}${body}`)
  }
  const top = `*${at(depth)}`
  const use = {
    'unknown field': `bomb: ${top}`,
    summary: `company: {name: A, summary: ${top}}`,
    teams: `divisions: [{id: d, name: D, teams: ${top}}]`,
    stack: `divisions: [{id: d, name: D, teams: [{id: t, name: T, stack: ${top}}]}]`
  }[placement]
  return `schemaVersion: 1\n${lines.join('\n')}\n${use}\n`
}

describe('aliases, multiplied', { timeout: FUZZ_TEST_TIMEOUT_MS }, () => {
  it('stay bounded in flow and block style: refused at an alias, or loaded within the allowance', () => {
    const outcomes = { loaded: 0, refused: 0 }
    fc.assert(
      fc.property(bomb, (shape) => {
        const text = bombText(shape)
        outcomes[expectBounded(text)]++
        // And the whole pipeline, validation included, returns in time.
        timed(() => loadCatalogText(text, 'aliases.yaml'))
      }),
      fuzzParameters(150)
    )
    expect(outcomes.loaded).toBeGreaterThan(10)
    expect(outcomes.refused).toBeGreaterThan(10)
  })

  it('refuses the nested bombs of issue 18 at the alias that passes the allowance', () => {
    for (const style of ['flow', 'block'] as const) {
      for (const bytes of [21_000, 43_000, 1_000_000]) {
        const text = nestedAliasBomb(bytes, style)
        expect(expectBounded(text), `${style} ${bytes}`).toBe('refused')
        const result = timed(() => loadCatalogText(text, 'bomb.yaml'))
        expect(result.ok).toBe(false)
      }
    }
  })

  it('keeps the room yaml gave small anchors: 100 aliases of a list of 19 links load', () => {
    // yaml allowed an anchor 100 aliases (maxAliasCount); here they add 9,500 values.
    const link = (i: number) => `{label: L${i}, url: "https://example.com/${i}"}`
    const text = [
      'schemaVersion: 1',
      'company: {name: Acme}',
      'divisions:',
      '  - id: core',
      '    name: Core',
      '    teams:',
      '      - id: first',
      '        name: First',
      `        links: &links [${Array.from({ length: 19 }, (_, i) => link(i)).join(', ')}]`,
      ...Array.from({ length: 100 }, (_, i) => `      - {id: t${i}, name: T${i}, links: *links}`),
      ''
    ].join('\n')
    expect(expectBounded(text)).toBe('loaded')
    const result = timed(() => loadCatalogText(text, 'catalog.yaml'))
    if (!result.ok) throw new Error(result.errors[0].message)
    expect(result.value.divisions[0].teams).toHaveLength(101)
    expect(result.value.divisions[0].teams.every((team) => team.links.length === 19)).toBe(true)
    // Ten times the aliases, ten times past yaml's allowance too: refused.
    const more = text.replace(/^ {6}- \{id: t\d+.*$/gm, (line) => Array(10).fill(line).join('\n'))
    expect(expectBounded(more)).toBe('refused')
  })
})
