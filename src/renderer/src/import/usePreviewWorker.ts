import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportMapping } from '../../../shared/import/import-plan'
import type { PreviewSource } from '../../../shared/sources/preview-source'
import type { ThemeName } from '../../../shared/theme/palette'
import { loadedLogos } from '../technology/logo-store'
import { connectInPage, connectWorker } from './preview-channels'
import { PreviewClient } from './preview-client'
import type { AcceptedImport, PreviewStage, PreviewSummary } from './preview-protocol'

export interface PreviewState {
  /** The latest import's outline, counts and problems (of `summary.mapping`). */
  summary?: PreviewSummary
  /** The latest chart drawn, as an image URL; kept while a newer one is made. */
  chart?: string
  /** The chart shows every team collapsed: too large to read with their projects. */
  teamsCollapsed?: boolean
  /** While a request runs: how far it has come (undefined before the worker says). */
  busy?: { stage?: PreviewStage; teams?: number }
  /** A request that failed (a bug in an importer or the worker), in words. */
  failure?: string
}

/**
 * The import preview of `source` under `mapping`, made by a worker (preview-client.ts): the
 * dialog's state, and Accept's catalog on demand. The worker starts with the dialog (its script
 * loads while the files are read) and stops when the dialog closes.
 */
export function usePreviewWorker(
  source: PreviewSource | undefined,
  mapping: ImportMapping,
  theme: ThemeName
): { state: PreviewState; accepted(): Promise<AcceptedImport | undefined> } {
  const [state, setState] = useState<PreviewState>({})
  const [client, setClient] = useState<PreviewClient>()
  const accepting = useRef<(accepted: AcceptedImport | undefined) => void>(undefined)

  useEffect(() => {
    const settleAccept = (accepted: AcceptedImport | undefined) => {
      accepting.current?.(accepted)
      accepting.current = undefined
    }
    const started = new PreviewClient(
      {
        sent: () => setState((s) => ({ ...s, busy: {} })),
        stage: (stage, teams) => setState((s) => ({ ...s, busy: { stage, teams } })),
        imported: (summary) => setState((s) => ({ ...s, summary, failure: undefined })),
        chart: (chart, teamsCollapsed) =>
          setState((s) => ({ ...s, chart, teamsCollapsed, busy: undefined, failure: undefined })),
        accepted: settleAccept,
        failed: (failure) => {
          setState((s) => ({ ...s, failure, busy: undefined }))
          settleAccept(undefined)
        }
      },
      connectWorker,
      connectInPage
    )
    started.start()
    setClient(started)
    return () => {
      started.close()
      settleAccept(undefined)
    }
  }, [])

  useEffect(() => {
    if (client && source) client.open(source, [...loadedLogos()])
  }, [client, source])

  useEffect(() => {
    if (client && source) client.preview({ mapping, theme })
  }, [client, source, mapping, theme])

  const accepted = useCallback(
    () =>
      new Promise<AcceptedImport | undefined>((resolve) => {
        if (!client) return resolve(undefined)
        accepting.current?.(undefined)
        accepting.current = resolve
        client.accept()
      }),
    [client]
  )
  return { state, accepted }
}
