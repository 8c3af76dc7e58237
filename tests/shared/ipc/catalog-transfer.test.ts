// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import {
  PART_BYTES,
  receiveCatalog,
  cutPart,
  partCount,
  type PartResult
} from '../../../src/shared/ipc/catalog-transfer'
import { loadTeleportCatalog } from '../../fixtures/catalog'

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
/** Every part of the JSON, as the loader's worker hands them out. */
const splitIntoParts = (json: Uint8Array) =>
  Array.from({ length: partCount(json) }, (_, index) => cutPart(json, index)!)

describe('a catalog in parts', () => {
  it('cuts the JSON into parts of at most PART_BYTES, each on a buffer of its own', () => {
    const json = new Uint8Array(2 * PART_BYTES + 5).fill(32)
    const parts = splitIntoParts(json)
    expect(parts.map((part) => part.byteLength)).toEqual([PART_BYTES, PART_BYTES, 5])
    for (const part of parts) expect(part.buffer.byteLength).toBe(part.byteLength)
    expect(splitIntoParts(encode({}))).toHaveLength(1)
    expect(cutPart(json, 3)).toBeUndefined()
  })

  it('is the same catalog once received, whatever characters the cuts fall in', async () => {
    const catalog = loadTeleportCatalog()
    const named = {
      ...catalog,
      company: { ...catalog.company, name: `Téléport 🚀 ${'é'.repeat(PART_BYTES / 2)}` }
    }
    const parts = splitIntoParts(encode(named))
    expect(parts.length).toBeGreaterThan(1)
    const fetchPart = vi.fn(async (index: number): Promise<PartResult> => ({
      ok: true,
      bytes: parts[index]
    }))
    expect(await receiveCatalog({ id: 1, parts: parts.length }, fetchPart)).toEqual({
      ok: true,
      catalog: named
    })
    expect(fetchPart.mock.calls.map(([index]) => index)).toEqual(parts.map((_, i) => i))
  })

  it('stops at the first part it cannot have, and says why', async () => {
    const errors = [
      { file: '', line: 0, column: 0, message: 'the catalog changed while it was being read' }
    ]
    const fetchPart = vi.fn(async (index: number): Promise<PartResult> =>
      index === 0 ? { ok: true, bytes: encode('x') } : { ok: false, errors }
    )
    expect(await receiveCatalog({ id: 1, parts: 3 }, fetchPart)).toEqual({ ok: false, errors })
    expect(fetchPart).toHaveBeenCalledTimes(2)
  })
})
