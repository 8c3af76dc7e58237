// @vitest-environment node
/**
 * Issue 18, case 4: a catalog can hold control characters (a team named with ESC sequences
 * that retitle the terminal or clear the screen, BEL, NUL), and so can a file name or an
 * argument. Every command's output, in words or JSON, must show them, never send them.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { escapeControlCharacters } from '../../../src/cli/output/io'
import { runCli } from '../../../src/cli/run'
import { makeCatalogFile, makeDivision, makeTeam, toYaml } from '../../fixtures/catalog'
import { runRecorded } from '../recording-io'
import { useTempDir } from '../../fixtures/temp-dir'

/** Anything a terminal acts on: C0 but tab and newline, DEL, C1. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u
/** Retitles the window (OSC 0, ended by BEL), clears the screen, a NUL, CSI in its C1 form. */
const TITLE = '\u001b]0;pwned\u0007'
const HOSTILE = `${TITLE}Evil\u001b[2J\u0000\u009b31m\u007f`

const dir = useTempDir('orgscope-escapes-')
let catalog: string
let broken: string
let guide: string
/** Names refuse control characters (name-text.ts); summaries keep them, so this one loads. */
let described: string

beforeAll(async () => {
  // The file's own name is hostile too: every diagnostic and summary prints it.
  catalog = join(dir.path, `team${TITLE}.yaml`)
  broken = join(dir.path, `broken${TITLE}.yaml`)
  guide = join(dir.path, `guide${TITLE}.md`)
  const file = makeCatalogFile({
    company: { name: `Acme ${HOSTILE}`, summary: HOSTILE },
    technologies: [
      { name: 'Go', aliases: ['Golang'], category: 'language' },
      { name: `Tool ${HOSTILE}`, category: 'tooling' }
    ],
    divisions: [
      makeDivision({
        name: `Division ${HOSTILE}`,
        teams: [
          makeTeam({
            name: `Team ${HOSTILE}`,
            summary: `Runs ${HOSTILE}`,
            stack: ['Go', `Tool ${HOSTILE}`],
            projects: [{ title: `Project ${HOSTILE}`, technologies: ['Go'] }]
          })
        ]
      })
    ]
  })
  // yaml writes the control characters as escapes in double quotes, which the loader reads back.
  await writeFile(catalog, toYaml(file))
  const misspelt = makeCatalogFile({
    divisions: [makeDivision({ teams: [makeTeam({ stack: [`Kubernets${HOSTILE}`] })] })]
  })
  await writeFile(broken, toYaml(misspelt))
  described = join(dir.path, `described${TITLE}.yaml`)
  const withSummaries = makeCatalogFile({
    company: { name: 'Acme', summary: HOSTILE },
    divisions: [makeDivision({ summary: HOSTILE, teams: [makeTeam({ summary: HOSTILE })] })]
  })
  await writeFile(described, toYaml(withSummaries))
  await writeFile(
    guide,
    `# Acme ${HOSTILE}\n\n## Core ${HOSTILE}\n\n### Platform ${HOSTILE}\n\nRuns Go ${HOSTILE}.\n\n- Build ${HOSTILE}\n`
  )
})

const run = (...argv: string[]) => runRecorded(runCli, argv)

const out = (name: string) => join(dir.path, `${name}${TITLE}`)

describe('control characters on the terminal', () => {
  it.each([
    ['validate, names refused', () => ['validate', catalog]],
    ['validate, with errors', () => ['validate', broken]],
    ['dump', () => ['dump', catalog, '--json']],
    ['techs', () => ['techs', catalog]],
    ['techs --json', () => ['techs', catalog, '--json']],
    ['techs --unknown', () => ['techs', catalog, '--unknown']],
    ['match', () => ['match', catalog, '--tech', 'Go']],
    ['match --json', () => ['match', catalog, '--tech', `Tool ${HOSTILE}`, '--json']],
    ['match, an unknown technology', () => ['match', catalog, '--tech', HOSTILE]],
    ['fit', () => ['fit', catalog, '--tech', 'Go']],
    ['fit --json', () => ['fit', catalog, '--tech', 'Go', '--json']],
    ['export', () => ['export', catalog, '--out', out('chart.svg')]],
    [
      'export, a bad flag value',
      () => ['export', catalog, '--out', out('c.svg'), '--theme', HOSTILE]
    ],
    ['import', () => ['import', guide]],
    ['import --json', () => ['import', guide, '--json']],
    ['import --out', () => ['import', guide, '--out', out('imported.yaml')]],
    ['init', () => ['init', out('starter.yaml')]],
    ['synth --out', () => ['synth', '--teams', '3', '--out', out('synth.yaml')]],
    ['an unknown command', () => [HOSTILE]],
    ['an unknown flag', () => ['validate', `--${HOSTILE}`]],
    ['a missing file', () => ['validate', out('missing.yaml')]]
  ])('%s prints them as escapes', async (_what, argv) => {
    const { stdout, stderr } = await run(...argv())
    expect(stdout + stderr, 'something was printed').not.toBe('')
    expect(stdout).not.toMatch(RAW_CONTROL)
    expect(stderr).not.toMatch(RAW_CONTROL)
    // Shown, not dropped: the user sees what the name holds.
    expect(stdout + stderr).toContain('\\u001b')
  })

  it('validate says a loadable catalog holding them is ok, its file name escaped', async () => {
    const { code, stdout, stderr } = await run('validate', described)
    expect(code).toBe(0)
    expect(stdout + stderr).not.toMatch(RAW_CONTROL)
    expect(stdout + stderr).toContain('\\u001b')
  })

  it('dump --json stays valid JSON holding the summaries as they are', async () => {
    const { code, stdout } = await run('dump', described, '--json')
    expect(code).toBe(0)
    expect(stdout).not.toMatch(RAW_CONTROL)
    const dumped = JSON.parse(stdout) as { company: { summary: string } }
    expect(dumped.company.summary).toBe(HOSTILE)
  })
})

describe('escapeControlCharacters', () => {
  it('escapes C0 but tab and newline, DEL and C1, and nothing else', () => {
    expect(escapeControlCharacters('a\u001b[2Jb\u0007\u0000\r\u007f\u0085\u009b')).toBe(
      'a\\u001b[2Jb\\u0007\\u0000\\u000d\\u007f\\u0085\\u009b'
    )
    const kept = 'tab\there\nnew line, é, 漢字, 🚀, \u00a0, \u200b, \u202e'
    expect(escapeControlCharacters(kept)).toBe(kept)
  })
})
