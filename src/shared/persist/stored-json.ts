import type { z } from 'zod'

/** A file (or localStorage entry) OrgScope wrote earlier, read back: its value, or why not. */
export type StoredJson<T> = { ok: true; value: T } | { ok: false; reason: string }

/**
 * Parses text OrgScope stored earlier (settings, saved views) with its schema. What a person or
 * a crash can leave there is `unknown` until the schema says otherwise: a truncated write,
 * a hand edit, a file from a newer version. The reason is in words, for the message that tells
 * the user the file was set aside.
 */
export function parseStoredJson<S extends z.ZodType>(
  schema: S,
  text: string
): StoredJson<z.output<S>> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${messageOf(error)})` }
  }
  const parsed = schema.safeParse(json)
  if (parsed.success) return { ok: true, value: parsed.data }
  const issue = parsed.error.issues[0]
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
  return { ok: false, reason: `it does not match the expected format (${where}${issue?.message})` }
}

/**
 * The name a corrupt file is moved to, beside the original, so nothing is lost and the next
 * start begins clean: `settings.json.corrupt-2026-03-04T10-20-30Z`.
 */
export function setAsideName(name: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')
  return `${name}.corrupt-${stamp}`
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
