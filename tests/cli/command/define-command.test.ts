// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { defineCommand } from '../../../src/cli/command/define-command'
import { runRecorded } from '../recording-io'

/** A command that echoes what it was given, so the kit's part can be seen on its own. */
const echo = (positionals: { max: number; min?: number; noun?: string; missing?: string }) =>
  defineCommand({
    usage: 'echo [file] [--loud]',
    summary: 'says what it got',
    help: ({ usage, summary }) => `Usage: orgscope ${usage}\n\n${summary}.`,
    options: { loud: { type: 'boolean' } },
    positionals,
    async run({ values, positionals: given }, io, fail) {
      if (given[0] === 'bad') return fail('bad is not allowed')
      io.stdout(`${values.loud ? 'LOUD ' : ''}${given.join(',')}`)
      return 0
    }
  })

const run = (command: ReturnType<typeof echo>, ...args: string[]) => runRecorded(command, args)

describe('defineCommand', () => {
  it('parses the flags and hands the command its values and arguments', async () => {
    expect(await run(echo({ max: 1 }), 'a.yaml', '--loud')).toEqual({
      code: 0,
      stdout: 'LOUD a.yaml',
      stderr: ''
    })
  })

  it('prints the help for --help and -h, running nothing', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout } = await run(echo({ max: 1 }), 'bad', flag)
      expect(code).toBe(0)
      expect(stdout).toBe('Usage: orgscope echo [file] [--loud]\n\nsays what it got.')
    }
  })

  it('answers an unknown flag with the usage', async () => {
    const { code, stderr } = await run(echo({ max: 1 }), '--quiet')
    expect(code).toBe(1)
    expect(stderr).toMatch(/^orgscope echo: Unknown option '--quiet'/)
    expect(stderr).toContain('Usage: orgscope echo [file] [--loud]')
  })

  it('counts the arguments, in the words of the command', async () => {
    expect((await run(echo({ max: 1 }), 'a', 'b')).stderr).toMatch(
      /^orgscope echo: expected one file, got 2\n/
    )
    expect((await run(echo({ max: 1, noun: 'guide' }), 'a', 'b')).stderr).toMatch(
      /expected one guide, got 2/
    )
    expect((await run(echo({ max: 0 }), 'extra')).stderr).toMatch(/unexpected argument "extra"/)
    const missing = await run(echo({ min: 1, max: 1, missing: 'which file?' }))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^orgscope echo: which file\?\n/)
  })

  it("reports the command's own usage mistakes the same way", async () => {
    const { code, stderr } = await run(echo({ max: 1 }), 'bad')
    expect(code).toBe(1)
    expect(stderr).toBe(
      'orgscope echo: bad is not allowed\nUsage: orgscope echo [file] [--loud]\nRun "orgscope --help" for more.'
    )
  })
})
