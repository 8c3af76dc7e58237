/**
 * What shows while a chunk downloads: in practice only on a slow network (the browser build),
 * since chunks are fetched ahead while the page is idle. `overlay`: over the page, for dialogs.
 */
export function ChunkLoading({ what, overlay = false }: { what: string; overlay?: boolean }) {
  return (
    <p className={overlay ? 'chunk-loading chunk-loading--overlay' : 'chunk-loading'} role="status">
      Loading {what}…
    </p>
  )
}
