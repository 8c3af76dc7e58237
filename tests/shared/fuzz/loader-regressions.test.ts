// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { MAX_NESTING, MAX_REPORTED_PROBLEMS } from '../../../src/shared/catalog/source'
import { TELEPORT_YAML, timed } from './fuzz-harness'

/**
 * Inputs the fuzzing found (or led to) that crashed, hung or flooded the loader, each with what
 * it did before the fix. Each must now be a clean result within the per-case time limit.
 */
describe('loader regressions found by fuzzing', () => {
  it('refuses 2.5 million nested [ (5 MB) at once (it exhausted the heap after a minute)', () => {
    const result = timed(() => loadCatalogText('['.repeat(2_500_000), 'deep.yaml'))
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          file: 'deep.yaml',
          line: 1,
          column: MAX_NESTING + 1,
          message: `malformed YAML: nested more than ${MAX_NESTING} levels deep`,
          hint: 'a catalog nests about 9 levels; check for unclosed [ or { brackets'
        }
      ]
    })
  })

  it('refuses a million "- " on one line at once (2 s and 670 MB before)', () => {
    const result = timed(() => loadCatalogText('- '.repeat(1_000_000), 'dashes.yaml'))
    expect(result.ok || result.errors[0].message).toBe(
      `malformed YAML: nested more than ${MAX_NESTING} levels deep`
    )
  })

  it('returns an error for JSON nested 10,000 deep (loadCatalogText threw RangeError)', () => {
    const text = `{"a": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`
    let result: ReturnType<typeof loadCatalogText> | undefined
    expect(() => (result = timed(() => loadCatalogText(text, 'deep.json')))).not.toThrow()
    expect(result?.ok || result?.errors[0]).toMatchObject({
      line: 1,
      message: `malformed JSON: nested more than ${MAX_NESTING} levels deep`
    })
  })

  it('lists 10 of 20,000 unknown fields and counts the rest (7 s and 20,003 lines before)', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n')
    const result = timed(() => loadCatalogText(text, 'keys.yaml'))
    if (result.ok) throw new Error('expected errors')
    const unknown = result.errors.filter((e) => e.message.startsWith('catalog: unknown field'))
    expect(unknown).toHaveLength(10)
    expect(result.errors.map((e) => e.message)).toContain('catalog: 19990 more unknown fields')
  })

  it('reports 30,000 repeated keys as 100 diagnostics and a count (30,000 before)', () => {
    // A million of them (5 MB) made a million error objects and exhausted the heap.
    const result = timed(() => loadCatalogText('a: 1\n'.repeat(30_000), 'repeated.yaml'))
    if (result.ok) throw new Error('expected errors')
    expect(result.errors).toHaveLength(MAX_REPORTED_PROBLEMS + 1)
    expect(result.errors[0]).toMatchObject({ line: 2, column: 1 })
    expect(result.errors[MAX_REPORTED_PROBLEMS]).toMatchObject({
      line: 0,
      message: `${29_999 - MAX_REPORTED_PROBLEMS} more problems not shown`
    })
  })

  it('suggests nothing for a 4 MB technology name, quickly (11 s before, and a 4 MB message)', () => {
    const text = TELEPORT_YAML.replace('- Golang', `- ${'x'.repeat(4_000_000)}`)
    const result = timed(() => loadCatalogText(text, 'teleport.yaml'))
    if (result.ok) throw new Error('expected errors')
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0].message).toBe(`unknown technology "${'x'.repeat(60)}…"`)
  })

  it('quotes only the start of a 4 MB value in a type error (the message was 4 MB)', () => {
    const text = `schemaVersion: 1\ncompany: "${'x'.repeat(4_000_000)}"\ndivisions: []\n`
    const result = timed(() => loadCatalogText(text, 'catalog.yaml'))
    if (result.ok) throw new Error('expected errors')
    expect(result.errors.map((e) => e.message)).toContain(
      `company: expected object, got string "${'x'.repeat(59)}…`
    )
  })
})
