/**
 * A revision as git writes it, in the subset OrgScope reads: a name (HEAD or @, a branch, a
 * tag, a full or abbreviated commit id), then any of `~N` (N first parents back), `^N` (the
 * Nth parent) and `@{date}` (the newest commit at or before that date, following first
 * parents). Git reads `@{date}` from the reflog, which only exists in the clone that made the
 * commits; a catalog's history is in the commits themselves, so their dates are used instead.
 */
export interface Revision {
  base: string
  steps: RevisionStep[]
  /** Milliseconds since the epoch, for `@{date}`. */
  before?: number
}

export type RevisionStep = { parent: number }

export type RevisionParse = { ok: true; value: Revision } | { ok: false; message: string }

const SUFFIX = /(~\d*|\^\d*)$/

export function parseRevision(text: string): RevisionParse {
  let rest = text.trim()
  if (rest === '') return { ok: false, message: 'the revision is empty' }
  // A leading dash would read as an option to any tool the revision is handed on to.
  if (rest.startsWith('-')) return { ok: false, message: `"${text}" is not a revision` }
  let before: number | undefined
  const at = /@\{([^}]*)\}$/.exec(rest)
  if (at) {
    const inside = at[1].trim()
    if (/^-?\d+$/.test(inside)) {
      return {
        ok: false,
        message: `"${text}" names a reflog entry, which OrgScope does not read (use ~${inside.replace('-', '')} for commits back, or @{YYYY-MM-DD} for a date)`
      }
    }
    const when = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(inside) ? `${inside}T23:59:59` : inside)
    if (Number.isNaN(when)) {
      return {
        ok: false,
        message: `"${inside}" in "${text}" is not a date (write it as YYYY-MM-DD or YYYY-MM-DD HH:MM)`
      }
    }
    before = when
    rest = rest.slice(0, at.index)
  }
  const steps: RevisionStep[] = []
  for (let match = SUFFIX.exec(rest); match; match = SUFFIX.exec(rest)) {
    const [suffix] = match
    const n = suffix.length > 1 ? Number(suffix.slice(1)) : 1
    // ~N is N first parents; ^N is the Nth parent (^0 the commit itself).
    const found: RevisionStep[] =
      suffix[0] === '~'
        ? Array.from({ length: n }, () => ({ parent: 1 }))
        : n === 0
          ? []
          : [{ parent: n }]
    steps.unshift(...found)
    rest = rest.slice(0, match.index)
  }
  const base = rest === '' || rest === '@' ? 'HEAD' : rest
  return { ok: true, value: { base, steps, ...(before === undefined ? {} : { before }) } }
}
