// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { flagsHelp, parseFlags, schemaFacts } from '../../../src/cli/args/schema-flags'
import { ExportOptions, ExportView } from '../../../src/shared/export/options'
import { Lens } from '../../../src/shared/lens/lens'
import { runCli } from '../../../src/cli/run'
import { recordingIo } from '../recording-io'

describe('flags read from a zod schema', () => {
  const FLAGS = {
    colour: { schema: z.enum(['red', 'green', 'blue']).default('green'), help: 'the colour' },
    size: { schema: z.number().min(1).max(9).default(3), value: 'N', help: 'how big' },
    shadow: { schema: z.boolean().default(true), help: 'draw a shadow' },
    grid: { schema: z.boolean().default(false), help: 'draw a grid' },
    name: { type: 'string', value: 'NAME', help: 'any text' }
  } as const

  it('offers every choice of an enum, and refuses another with a did-you-mean', () => {
    expect(parseFlags(['--colour', 'blue'], FLAGS)).toMatchObject({
      ok: true,
      values: { colour: 'blue' }
    })
    expect(parseFlags(['--colour', 'bluee'], FLAGS)).toEqual({
      ok: false,
      message: '--colour must be red or green or blue, got "bluee" (did you mean "blue"?)'
    })
  })

  it('takes a number within the range the schema sets, as a number', () => {
    expect(parseFlags(['--size', '9'], FLAGS)).toMatchObject({ ok: true, values: { size: 9 } })
    for (const text of ['10', '0', 'big', '']) {
      expect(parseFlags(['--size', text], FLAGS)).toEqual({
        ok: false,
        message: `--size must be a number from 1 to 9, got "${text}"`
      })
    }
  })

  it('gives a boolean whose default is true its --no- form, and only that one', () => {
    expect(parseFlags(['--no-shadow', '--grid'], FLAGS)).toMatchObject({
      ok: true,
      values: { 'no-shadow': true, grid: true }
    })
    expect(parseFlags(['--no-grid'], FLAGS)).toEqual({
      ok: false,
      message: "Unknown option '--no-grid'"
    })
  })

  it('writes the help from the schema: choices, defaults and the --no- form', () => {
    expect(flagsHelp(FLAGS).split('\n')).toEqual([
      '  --colour red|green|blue   the colour (default green)',
      '  --size N               how big (default 3)',
      '  --shadow, --no-shadow  draw a shadow',
      '  --grid                 draw a grid',
      '  --name NAME            any text'
    ])
  })

  it('reads facts through defaults and optionals', () => {
    expect(schemaFacts(ExportOptions.shape.scale)).toEqual({
      kind: 'number',
      min: 1,
      max: 4,
      default: 2
    })
    expect(schemaFacts(ExportOptions.shape.title)).toEqual({ kind: 'string', default: undefined })
  })
})

describe('orgscope export --help', () => {
  it('lists each export option with the choices and default its schema has', async () => {
    const { io, stdout } = recordingIo()
    expect(await runCli(['export', '--help'], io)).toBe(0)
    const help = stdout()
    const enums = {
      theme: ExportOptions.shape.theme,
      background: ExportOptions.shape.background,
      paper: ExportOptions.shape.paper,
      orientation: ExportOptions.shape.orientation,
      layout: ExportView.shape.layoutKind,
      mode: Lens.shape.mode
    }
    for (const [flag, schema] of Object.entries(enums)) {
      const facts = schemaFacts(schema)
      expect(help).toMatch(
        new RegExp(`--${flag} ${facts.choices!.join('\\|')} .*\\(default ${facts.default}\\)`)
      )
    }
    expect(help).toContain(`(default ${ExportOptions.shape.scale.def.defaultValue})`)
    expect(help).toContain('--legend, --no-legend')
  })
})
