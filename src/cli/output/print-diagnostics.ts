import type { Diagnostic } from '../../shared/catalog/diagnostic'
import { formatDiagnostic } from '../../shared/catalog/format-diagnostic'
import type { Io } from './io'

/**
 * Writes the problems to stderr as formatDiagnostic words them (`file:line:column message`, then
 * the hint). `file` stands in for the file of a problem that names none (a mapping or a source
 * read as text before any file was put on its problems).
 */
export function printDiagnostics(io: Io, errors: readonly Diagnostic[], file?: string): void {
  const named =
    file === undefined ? errors : errors.map((error) => ({ ...error, file: error.file || file }))
  io.stderr(named.map(formatDiagnostic).join('\n'))
}
