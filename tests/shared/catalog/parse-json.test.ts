import { describe, expect, it } from 'vitest'
import { parseJson } from '../../../src/shared/catalog/parse-json'
import { MAX_NESTING } from '../../../src/shared/catalog/parse-tree'

describe('parseJson, the fast read of JSON text', () => {
  it('reads JSON whose strings hold quotes, backslashes, colons and brackets', () => {
    const data = { 'a"': 'x:y{[', 'b\\': ['\\', '\\"', '"', ':]}'], c: { d: [1, 2] } }
    expect(parseJson(JSON.stringify(data))).toEqual({ data })
  })

  it('gives up on a key repeated in one object, however its strings are escaped', () => {
    expect(parseJson('{"a":1,"a":2}')).toBeUndefined()
    expect(parseJson('{"a\\\\":"\\"","a\\\\":2}')).toBeUndefined()
    expect(parseJson('{"a":"x:y{[","a":1}')).toBeUndefined()
  })

  it('gives up on text JSON.parse refuses, and on nesting past the limit', () => {
    expect(parseJson('{"a":"unterminated}')).toBeUndefined()
    expect(parseJson('{"a":1,}')).toBeUndefined()
    const deep = '['.repeat(MAX_NESTING + 1) + ']'.repeat(MAX_NESTING + 1)
    expect(parseJson(deep)).toBeUndefined()
    const deepInString = `["${'['.repeat(MAX_NESTING + 1)}"]`
    expect(parseJson(deepInString)).toEqual({ data: ['['.repeat(MAX_NESTING + 1)] })
  })
})
