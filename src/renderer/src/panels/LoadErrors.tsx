import { formatDiagnostic } from '../../../shared/catalog/diagnostic'
import type { CatalogResult } from '../../../shared/ipc/contract'
import { useViewStore } from '../store'

type Failure = Extract<CatalogResult, { ok: false }>

/**
 * What went wrong loading a catalog, each problem as file:line:column with its fix. Full page
 * when nothing else can be shown; a banner above the last good chart otherwise.
 */
export function LoadErrors({ result, banner = false }: { result: Failure; banner?: boolean }) {
  const dismiss = useViewStore((s) => s.dismissFailure)
  const shown = result.errors.slice(0, 20)
  return (
    <section
      className={banner ? 'load-errors load-errors--banner' : 'load-errors'}
      role="alert"
      aria-label="Catalog errors"
    >
      <h2>
        {result.source?.name ?? 'The catalog'} could not be loaded ({result.errors.length}{' '}
        {result.errors.length === 1 ? 'problem' : 'problems'})
        {banner && ': the chart shows the last valid version'}
      </h2>
      <ul>
        {shown.map((error, i) => (
          <li key={i}>
            <code>{formatDiagnostic({ ...error, hint: undefined })}</code>
            {error.hint && <span className="load-errors__hint">{error.hint}</span>}
          </li>
        ))}
      </ul>
      {result.errors.length > shown.length && (
        <p>…and {result.errors.length - shown.length} more.</p>
      )}
      {banner && (
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      )}
    </section>
  )
}
