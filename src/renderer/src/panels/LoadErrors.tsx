import { formatDiagnostic } from '../../../shared/catalog/format-diagnostic'
import type { CatalogResult } from '../../../shared/ipc/contract'
import { countLabel } from '../../../shared/text'
import { useReturnFocus } from '../focus/useReturnFocus'
import { useAppStore } from '../store/store'
import { CHART_ID } from './SkipToChart'

type Failure = Extract<CatalogResult, { ok: false }>

/**
 * What went wrong loading a catalog, each problem as file:line:column with its fix. Full page
 * when nothing else can be shown; a banner above the last good chart otherwise. The banner's
 * height is capped (app.css): one slip can make a hundred problems, and the chart it says it
 * keeps must stay in sight. Its heading and Dismiss stay put while the problems scroll.
 */
export function LoadErrors({ result, banner = false }: { result: Failure; banner?: boolean }) {
  const dismissFailure = useAppStore((s) => s.dismissFailure)
  // Dismissed from the keyboard, focus goes back where it was when the banner came (Open…),
  // else to the chart the banner was over: never lost to the page.
  const { restore } = useReturnFocus()
  const dismiss = () => {
    if (!restore()) document.getElementById(CHART_ID)?.focus()
    dismissFailure()
  }
  const onScreen = useAppStore((s) => s.result)
  const shown = result.errors.slice(0, 20)
  return (
    <section
      className={banner ? 'load-errors load-errors--banner' : 'load-errors'}
      role="alert"
      aria-label="Catalog errors"
    >
      <div className="load-errors__head">
        <h2>
          {result.source?.name ?? 'The catalog'} could not be loaded (
          {countLabel(result.errors.length, 'problem')})
          {banner && `: ${whatStays(result, onScreen)}`}
        </h2>
        {banner && (
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        )}
      </div>
      {/* Focusable, so the list can be scrolled from the keyboard when it overflows. */}
      <div
        className="load-errors__problems"
        role="group"
        aria-label="Problems"
        tabIndex={banner ? 0 : undefined}
      >
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
      </div>
    </section>
  )
}

/**
 * What the chart under the banner shows: the file's last valid version when the failure is an
 * edit of the file on screen, else the other catalog, which opening this file did not replace.
 */
function whatStays(failed: Failure, onScreen: CatalogResult | undefined): string {
  if (!onScreen?.ok || !onScreen.source || failed.source?.path === onScreen.source.path) {
    return 'the chart shows the last valid version'
  }
  return `the chart still shows ${onScreen.catalog.company.name} (${onScreen.source.name})`
}
