// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCatalogFile } from '../../../src/node/catalog/load-file'
import type { Result } from '../../../src/shared/catalog/diagnostic'
import {
  announceSeed,
  expectCleanResult,
  FUZZ_TEST_TIMEOUT_MS,
  fuzzParameters,
  MAX_CASE_MS,
  TELEPORT_YAML
} from '../../fixtures/fuzz-harness'
import { threadCpuMs } from '../../fixtures/thread-cpu'

let dir: string
let counter = 0

beforeAll(async () => {
  announceSeed('file loader fuzz')
  dir = await mkdtemp(join(tmpdir(), 'orgscope-fuzz-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const TELEPORT_BYTES = new TextEncoder().encode(TELEPORT_YAML)

/** Byte sequences no UTF-8 decoder may accept. */
const INVALID_UTF8: number[][] = [
  [0xff],
  [0xfe],
  [0x80], // a continuation byte on its own
  [0xc0, 0x80], // overlong NUL
  [0xe2, 0x82], // truncated three-byte sequence
  [0xed, 0xa0, 0x80], // UTF-16 surrogate half
  [0xf4, 0x90, 0x80, 0x80] // beyond U+10FFFF
]

async function loadBytes(bytes: Uint8Array, extension: string): Promise<Result<unknown>> {
  const file = join(dir, `case-${counter++}.${extension}`)
  await writeFile(file, bytes)
  const started = threadCpuMs()
  const result = await loadCatalogFile(file)
  expect(threadCpuMs() - started).toBeLessThan(MAX_CASE_MS)
  expectCleanResult(result)
  return result
}

describe('loadCatalogFile on damaged files', { timeout: FUZZ_TEST_TIMEOUT_MS }, () => {
  it('refuses invalid UTF-8 anywhere in the file, as a whole-file error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...INVALID_UTF8),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('yaml', 'json', 'md'),
        async (sequence, where, extension) => {
          const at = Math.floor(where * TELEPORT_BYTES.length)
          const bytes = new Uint8Array([
            ...TELEPORT_BYTES.slice(0, at),
            ...sequence,
            ...TELEPORT_BYTES.slice(at)
          ])
          const result = await loadBytes(bytes, extension)
          expect(result.ok || result.errors).toEqual([
            expect.objectContaining({ line: 0, column: 0, message: 'file is not valid UTF-8 text' })
          ])
        }
      ),
      fuzzParameters(30)
    )
  })

  it('returns a clean result for random bytes, whatever the extension', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom('yaml', 'json', 'md', 'markdown'),
        async (bytes, extension) => {
          await loadBytes(bytes, extension)
        }
      ),
      fuzzParameters(30)
    )
  })

  it('loads the catalog with a UTF-8 byte-order mark and CRLF line endings', async () => {
    const crlf = new TextEncoder().encode(`\uFEFF${TELEPORT_YAML.replace(/\n/g, '\r\n')}`)
    const result = await loadBytes(crlf, 'yaml')
    expect(result.ok).toBe(true)
  })
})
