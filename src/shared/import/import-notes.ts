import type { ImportNote } from './import-plan'

/**
 * What an import says it inferred, skipped, guessed and found wrong, each at its line. An
 * "ambiguous" reading is a problem for the user to check.
 */
export class ImportNotes {
  private readonly notes: ImportNote[] = []

  add(
    kind: ImportNote['kind'] | 'ambiguous',
    at: { line: number; column?: number },
    message: string
  ): void {
    this.notes.push({
      kind: kind === 'ambiguous' ? 'problem' : kind,
      line: at.line,
      column: at.column ?? 1,
      message
    })
  }

  /** In reading order, whichever step noticed them. */
  inReadingOrder(): ImportNote[] {
    return this.notes.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
  }
}

/** A text quoted in a note: one line, cut at `length` characters. */
export function excerpt(text: string, length = 70): string {
  const line = text.replace(/\s+/gu, ' ').trim()
  return line.length > length ? `${line.slice(0, length - 1)}…` : line
}

/** How a person names the company an import had to name itself: said at the end of its note. */
export const NAME_THE_COMPANY = "say it in the import preview's Company field, or with --company"
