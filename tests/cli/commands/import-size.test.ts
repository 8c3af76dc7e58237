// @vitest-environment node
/**
 * Issue 18, case 7: import wrote catalogs the loader then refused (a 3.7 MB guide became 7.3 MB
 * of YAML, over the limit of the day). Now it refuses, and writes nothing. A catalog is several
 * times its guide's size, so crossing the real limit (32 MB) takes a 6 MB guide and 20 s here:
 * this file lowers the limit instead, to a size a few thousand teams cross.
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../../src/cli/run'
import { runRecorded } from '../recording-io'
import { useTempDir } from '../../fixtures/temp-dir'

const LIMIT = 256 * 1024

vi.mock('../../../src/shared/catalog/size-limit', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  MAX_CATALOG_BYTES: 256 * 1024
}))

/** A guide of `teams` one-line teams: about 170 bytes of YAML each, from 25 of markdown. */
const guideOf = (teams: number) =>
  `# Acme\n\n## Core\n\n${Array.from({ length: teams }, (_, i) => `### Team ${i}\n\nRuns ${i}.\n\n`).join('')}`

const dir = useTempDir('orgscope-import-size-')
let big: string
let small: string

beforeAll(async () => {
  big = join(dir.path, 'big.md')
  small = join(dir.path, 'small.md')
  await writeFile(big, guideOf(2000))
  await writeFile(small, guideOf(20))
})

const run = (...argv: string[]) => runRecorded(runCli, argv)

describe('orgscope import above the load limit', () => {
  it.each([
    ['YAML on stdout', [], 'YAML'],
    ['YAML to a file', ['--out', 'out.yaml'], 'YAML'],
    ['JSON to a file', ['--out', 'out.json'], 'JSON'],
    ['JSON to a file, with --json', ['--out', 'out.json', '--json'], 'JSON']
  ])('refuses %s, says why and what to do, and writes nothing', async (_what, flags, format) => {
    const out = flags.map((flag) => (flag.startsWith('out.') ? join(dir.path, flag) : flag))
    const { code, stdout, stderr } = await run('import', big, ...out)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(
      new RegExp(
        `^${big} the imported catalog would be \\d+\\.\\d MB of ${format}, over the ${LIMIT / 1024 / 1024} MB a catalog file may be: OrgScope could not open it, so nothing was written \\(import the guide in parts`
      )
    )
    expect((await readdir(dir.path)).sort()).toEqual(['big.md', 'small.md'])
  })

  it('writes a catalog under the limit as before', async () => {
    const { code, stdout } = await run('import', small)
    expect(code).toBe(0)
    expect(Buffer.byteLength(stdout)).toBeLessThan(LIMIT)
    expect(stdout).toContain('name: Team 19')
  })
})
