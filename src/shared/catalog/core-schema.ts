import { FAILSAFE_SCHEMA, Type } from 'js-yaml'

/*
 * The YAML 1.2 core schema (YAML spec 1.2.2, section 10.3), for js-yaml.
 *
 * Why not js-yaml's own CORE_SCHEMA: it keeps YAML 1.1 habits the 1.2 core schema dropped,
 * reading `0b101` and `1_000` as numbers where YAML 1.2 (and `yaml`, which judged catalogs
 * before) reads the strings "0b101" and "1_000". A team named `1_000` must stay a name. And
 * js-yaml's DEFAULT_SCHEMA adds timestamps, binary, sets and `<<` merge keys: a catalog needs
 * none of them, and each is a surprise (a date where a string was written, a merge that copies
 * fields). These regular expressions are the spec's, as `yaml` 2 writes them
 * (yaml/dist/schema/core/*.js), in its order: plain scalars become the values they always
 * became. Explicit tags the core schema defines (`!!str`, `!!int`, …) keep working; any other
 * tag is refused with its position.
 */

const NULL = /^(?:~|[Nn]ull|NULL)?$/
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
const INT_OCT = /^0o[0-7]+$/
const INT = /^[-+]?[0-9]+$/
const INT_HEX = /^0x[0-9a-fA-F]+$/
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/

/** Whether a plain scalar may be a number: most are words, ruled out before any regex. */
function mayBeNumber(text: string): boolean {
  const first = text.charCodeAt(0)
  const digit = first >= 0x30 && first <= 0x39
  return digit || first === 0x2b || first === 0x2d || first === 0x2e // + - .
}

function resolveInt(text: string): number | undefined {
  if (!mayBeNumber(text)) return undefined
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8)
  if (INT.test(text)) return parseInt(text, 10)
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16)
  return undefined
}

function resolveFloat(text: string): number | undefined {
  if (!mayBeNumber(text)) return undefined
  if (FLOAT_NAN.test(text)) {
    if (text.slice(-3).toLowerCase() === 'nan') return NaN
    return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
  }
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text)
  return undefined
}

function anyNumber(text: string): number | undefined {
  return resolveFloat(text) ?? resolveInt(text)
}

/**
 * What a plain (unquoted) scalar means under the core schema, as YAML_CORE_SCHEMA's implicit
 * types resolve it, in their order: null, a boolean, an integer, a float, or else the text.
 */
export function resolvePlainScalar(text: string): unknown {
  if (isNull(text)) return null
  if (isBool(text)) return text[0] === 't' || text[0] === 'T'
  return resolveInt(text) ?? resolveFloat(text) ?? text
}

function isNull(text: string): boolean {
  return text.length <= 4 && NULL.test(text)
}

function isBool(text: string): boolean {
  return text.length <= 5 && BOOL.test(text)
}

export const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (data: string | null) => data === null || isNull(data),
      construct: () => null
    }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && isBool(data),
      construct: (data: string) => data[0] === 't' || data[0] === 'T'
    }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && resolveInt(data) !== undefined,
      construct: (data: string) => resolveInt(data)
    }),
    // After int, so only an explicit `!!float 1` reaches it with an integer.
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && anyNumber(data) !== undefined,
      construct: (data: string) => anyNumber(data)
    })
  ]
})
