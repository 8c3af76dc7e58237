import { describe, expect, it } from 'vitest'
import { parseCommandArgs } from '../../../src/cli/args/parse-command-args'

const OPTIONS = { unknown: { type: 'boolean' }, json: { type: 'boolean' } } as const

describe('parseCommandArgs', () => {
  // QA (q30): "--unknwn" got Node's message alone, where a mistyped command gets a suggestion.
  it('suggests the option a mistyped one most looks like', () => {
    expect(parseCommandArgs(['--unknwn'], OPTIONS)).toEqual({
      ok: false,
      message: "Unknown option '--unknwn' (did you mean --unknown?)"
    })
  })

  it('says only what is wrong when no option is near', () => {
    expect(parseCommandArgs(['--frobnicate'], OPTIONS)).toEqual({
      ok: false,
      message: "Unknown option '--frobnicate'"
    })
    expect(parseCommandArgs(['--json', 'a.yaml'], OPTIONS)).toMatchObject({
      ok: true,
      value: { values: { json: true }, positionals: ['a.yaml'] }
    })
  })
})
