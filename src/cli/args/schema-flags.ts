import { z } from 'zod'
import { didYouMean } from '../../shared/catalog/did-you-mean'
import { parseCommandArgs } from './parse-command-args'

/**
 * A command-line flag. One that sets a schema field names that field's zod schema, and its kind
 * (boolean or value), its choices, its range and its default are read from it: the CLI cannot
 * offer a stale list or state a default the app does not use.
 */
export interface Flag {
  schema?: z.ZodType
  /** For a flag with no schema (--out, --force): whether it takes a value. */
  type?: 'string' | 'boolean'
  short?: string
  /** How the help names a value the schema does not list: PATH, N, A,B. */
  value?: string
  help: string
  /** The help's "(default …)", when the CLI's rule is not the schema's default. */
  defaultText?: string
}

export type Flags = Record<string, Flag>

/** The value a flag gives a command: its schema's type (a number for --scale), else text. */
type Kind<F extends Flag> = F extends { type: 'boolean' }
  ? boolean
  : F extends { schema: infer S extends z.ZodType }
    ? z.output<S> extends boolean | undefined
      ? boolean
      : NonNullable<z.output<S>>
    : string

/** A boolean flag whose schema default is true also has its `--no-` form (--no-legend). */
type Negations<F extends Flags> = {
  [
    K in keyof F as F[K] extends { schema: infer S extends z.ZodType }
      ? z.output<S> extends boolean | undefined
        ? `no-${K & string}`
        : never
      : never
  ]?: boolean
}

export type FlagValues<F extends Flags> = { [K in keyof F]?: Kind<F[K]> } & Negations<F> & {
    help?: boolean
  }

/** What a schema allows, read through its default and optional wrappers. */
export interface SchemaFacts {
  kind: 'boolean' | 'number' | 'string'
  choices?: readonly string[]
  min?: number
  max?: number
  default?: unknown
}

export function schemaFacts(schema: z.ZodType): SchemaFacts {
  let inner: z.ZodType = schema
  let fallback: unknown
  for (;;) {
    if (inner instanceof z.ZodDefault) {
      fallback = inner.def.defaultValue
      inner = inner.unwrap() as z.ZodType
    } else if (inner instanceof z.ZodOptional) {
      inner = inner.unwrap() as z.ZodType
    } else break
  }
  const facts = { default: fallback }
  if (inner instanceof z.ZodBoolean) return { ...facts, kind: 'boolean' }
  if (inner instanceof z.ZodEnum)
    return { ...facts, kind: 'string', choices: inner.options as string[] }
  if (inner instanceof z.ZodNumber) {
    return {
      ...facts,
      kind: 'number',
      min: inner.minValue ?? undefined,
      max: inner.maxValue ?? undefined
    }
  }
  return { ...facts, kind: 'string' }
}

function kindOf(flag: Flag): 'boolean' | 'string' {
  if (flag.type) return flag.type
  return flag.schema && schemaFacts(flag.schema).kind === 'boolean' ? 'boolean' : 'string'
}

function negatable(flag: Flag): boolean {
  return flag.schema !== undefined && schemaFacts(flag.schema).default === true
}

/**
 * parseArgs in strict mode over `flags` (and --help), then each value checked against its
 * schema's choices or range, in the order of `flags`: the values typed, or the first mistake as
 * a message naming the flag and what it takes.
 */
export function parseFlags<F extends Flags>(
  args: string[],
  flags: F
): { ok: true; values: FlagValues<F>; positionals: string[] } | { ok: false; message: string } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' }
  }
  for (const [name, flag] of Object.entries(flags)) {
    options[name] = { type: kindOf(flag), ...(flag.short && { short: flag.short }) }
    if (negatable(flag)) options[`no-${name}`] = { type: 'boolean' }
  }
  const parsed = parseCommandArgs(args, options)
  if (!parsed.ok) return parsed
  const values: Record<string, unknown> = { ...parsed.value.values }
  for (const [name, flag] of Object.entries(flags)) {
    const text = values[name]
    if (typeof text !== 'string') continue
    const checked = flagValue(name, flag, text)
    if (!checked.ok) return checked
    values[name] = checked.value
  }
  return { ok: true, values: values as FlagValues<F>, positionals: parsed.value.positionals }
}

/**
 * A value flag's text checked against its schema's choices or range: the value (a number for a
 * number schema), or a message naming the flag and what it takes.
 */
function flagValue(
  name: string,
  flag: Flag,
  text: string
): { ok: true; value: string | number } | { ok: false; message: string } {
  if (!flag.schema) return { ok: true, value: text }
  const facts = schemaFacts(flag.schema)
  if (facts.choices && !facts.choices.includes(text)) {
    const suggestion = didYouMean(text, facts.choices)
    return {
      ok: false,
      message:
        `--${name} must be ${facts.choices.join(' or ')}, got "${text}"` +
        (suggestion ? ` (did you mean "${suggestion}"?)` : '')
    }
  }
  if (facts.kind === 'number') {
    const value = /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : NaN
    const inRange =
      Number.isFinite(value) &&
      (facts.min === undefined || value >= facts.min) &&
      (facts.max === undefined || value <= facts.max)
    return inRange
      ? { ok: true, value }
      : {
          ok: false,
          message: `--${name} must be a number from ${facts.min} to ${facts.max}, got "${text}"`
        }
  }
  return { ok: true, value: text }
}

const HELP_COLUMN = 23

/**
 * The help's option lines: each flag with its value (its choices when the schema lists them),
 * what it does, and the schema's default, e.g. `--theme light|dark   (default light)`.
 */
export function flagsHelp(flags: Flags): string {
  return Object.entries(flags)
    .map(([name, flag]) => {
      const facts = flag.schema ? schemaFacts(flag.schema) : undefined
      const value = flag.value ?? facts?.choices?.join('|')
      const names = [
        flag.short ? `-${flag.short}, --${name}` : `--${name}`,
        ...(negatable(flag) ? [`--no-${name}`] : [])
      ].join(', ')
      const left = kindOf(flag) === 'boolean' || !value ? names : `${names} ${value}`
      const fallback =
        flag.defaultText ??
        (facts?.default !== undefined && facts.kind !== 'boolean'
          ? `(default ${String(facts.default)})`
          : undefined)
      // The default closes the first line: later lines say more about the flag.
      const [line, ...rest] = flag.help.split('\n')
      const first = [line, fallback].filter(Boolean).join(' ')
      const head =
        left.length < HELP_COLUMN ? `  ${left.padEnd(HELP_COLUMN)}${first}` : `  ${left}   ${first}`
      return [head, ...rest.map((line) => `${' '.repeat(HELP_COLUMN + 2)}${line}`)].join('\n')
    })
    .join('\n')
}
