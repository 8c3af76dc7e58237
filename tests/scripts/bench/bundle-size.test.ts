// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { scriptsGzipKiB } from '../../../scripts/bench/bundle-size'

describe("the benchmark's initial JavaScript size", () => {
  const dir = mkdtempSync(join(tmpdir(), 'orgscope-bundle-'))
  mkdirSync(join(dir, 'assets'))
  const entry = 'import "./chunk.js";\n'.repeat(200)
  const chunk = 'export const x = [1, 2, 3]\n'.repeat(50)
  writeFileSync(join(dir, 'assets', 'index.js'), entry)
  writeFileSync(join(dir, 'assets', 'chunk.js'), chunk)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('adds up the gzipped size of each fetched file once, in KiB', () => {
    const urls = [
      'http://127.0.0.1:1234/assets/index.js',
      'http://127.0.0.1:1234/assets/chunk.js',
      'http://127.0.0.1:1234/assets/chunk.js'
    ]
    const expected = (gzipSync(entry).length + gzipSync(chunk).length) / 1024
    expect(scriptsGzipKiB(urls, dir)).toBeCloseTo(expected, 6)
  })
})
