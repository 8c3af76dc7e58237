// @vitest-environment node
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validate } from '../../../src/cli/commands/validate'
import { runLines, runRecorded } from '../recording-io'
import { useTempDir } from '../../fixtures/temp-dir'
import { writtenCatalog } from '../../fixtures/written-catalog'

const CATALOG = `# Acme's catalog. Keep this header.
${writtenCatalog(
  'technologies:\n  - { name: Go, category: language } # our main language',
  '[Golang, Kafka] # as people write them'
)}`

const dir = useTempDir('orgscope-validate-fix-')

const run = (args: string[]) => runRecorded(validate, args)

describe('orgscope validate --fix', () => {
  it('adds what the dictionary knows to the registry, says what, and the file then validates', async () => {
    const file = join(dir.path, 'catalog.yaml')
    await writeFile(file, CATALOG)
    const before = await run([file])
    expect(before.code).toBe(1)
    expect(before.stderr).toContain(
      `${file}:14:25 unknown technology "Kafka" (add "- { name: Kafka, aliases: [Apache Kafka], category: data }" under technologies:`
    )
    expect(await runLines(validate, [file, '--fix'])).toEqual([
      'added "Golang" to the aliases of "Go"',
      'added "- { name: Kafka, aliases: [Apache Kafka], category: data }" to technologies',
      `ok: ${file}: 1 team, 0 projects, 2 technologies`
    ])
    expect(await readFile(file, 'utf8')).toBe(
      CATALOG.replace(
        '  - { name: Go, category: language } # our main language\n',
        '  - { name: Go, aliases: [Golang], category: language } # our main language\n' +
          '  - { name: Kafka, aliases: [Apache Kafka], category: data }\n'
      )
    )
    // Written beside and renamed: no temporary file is left.
    expect(await readdir(dir.path)).toEqual(['catalog.yaml'])
    expect(await run([file, '--fix'])).toMatchObject({
      code: 0,
      stdout: `ok: ${file}: 1 team, 0 projects, 2 technologies`
    })
  })

  it('still reports, and exits 1 for, what it cannot add', async () => {
    const file = join(dir.path, 'typo.yaml')
    await writeFile(file, CATALOG.replace('[Golang, Kafka]', '[Kafka, Ledgerly]'))
    const { code, stdout, stderr } = await run([file, '--fix'])
    expect(code).toBe(1)
    expect(stdout).toBe(
      'added "- { name: Kafka, aliases: [Apache Kafka], category: data }" to technologies'
    )
    expect(stderr).toMatch(/^.*typo\.yaml:15:24 unknown technology "Ledgerly"/u)
  })

  it('rewrites a JSON catalog as JSON', async () => {
    const file = join(dir.path, 'catalog.json')
    const data = {
      schemaVersion: 2,
      company: { name: 'Acme', summary: '' },
      technologies: [],
      divisions: [
        {
          id: 'eng',
          name: 'Eng',
          summary: '',
          teams: [{ id: 'a', name: 'A', summary: '', stack: ['Kafka'] }]
        }
      ]
    }
    await writeFile(file, JSON.stringify(data, null, 2))
    const { code, stdout } = await run([file, '--fix'])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe(
      'added {"name": "Kafka", "aliases": ["Apache Kafka"], "category": "data"} to technologies'
    )
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      ...data,
      technologies: [{ name: 'Kafka', aliases: ['Apache Kafka'], category: 'data' }]
    })
  })

  it('refuses a file with a syntax error and leaves it as it was', async () => {
    const file = join(dir.path, 'broken.yaml')
    const broken = CATALOG.replace('[Golang, Kafka]', '[Golang, Kafka')
    await writeFile(file, broken)
    const { code, stdout, stderr } = await run([file, '--fix'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:\\d+:\\d+ `, 'u')
    )
    expect(stderr).toContain(`orgscope validate --fix: ${file} was not changed`)
    expect(await readFile(file, 'utf8')).toBe(broken)
  })
})

describe('orgscope validate --fix on a file with a byte-order mark', () => {
  const bomDir = useTempDir('orgscope-validate-fix-bom-')

  // QA (q30): a file written with a byte-order mark lost it when --fix rewrote it.
  it('keeps the byte-order mark a file starts with', async () => {
    const file = join(bomDir.path, 'with-bom.yaml')
    await writeFile(file, `\uFEFF${CATALOG}`)
    expect((await run([file, '--fix'])).code).toBe(0)
    const written = await readFile(file)
    expect([...written.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(written.subarray(3).toString('utf8')).toMatch(/^# Acme's catalog\. Keep this header\./u)
  })
})
