import type { CatalogResult } from '../../../shared/ipc/contract'

/** The page URL's query flag that turns the test file source on: `/?e2e-watch`. */
export const TEST_FILE_SOURCE_FLAG = 'e2e-watch'

/** What the end-to-end tests call on `window.__orgscopeTest`. */
export interface TestFileSource {
  /** As if the open catalog file were saved with `text`: reloaded and pushed to the page. */
  editCatalog(text: string): Promise<{ ok: boolean }>
}

/**
 * For the browser end-to-end tests only: a stand-in for main's file watcher.
 *
 * In the app, main watches the open file and pushes each reload through `onCatalogChanged`. The
 * browser build has no file to watch, so tests could not check what the page does with a live
 * edit (keep the view, show the banner, recover). With `?e2e-watch` in the URL, and only then,
 * `window.__orgscopeTest.editCatalog(text)` runs the text through the same pipeline as a reload
 * and fires the same event. It grants nothing a user does not already have (File → Open reads
 * any text they choose), and it does not exist in the app's build, which never loads src/web/.
 */
export function installTestFileSource(
  search: string,
  edit: (text: string) => Promise<CatalogResult>
): void {
  if (!new URLSearchParams(search).has(TEST_FILE_SOURCE_FLAG)) return
  const source: TestFileSource = {
    editCatalog: async (text) => ({ ok: (await edit(String(text))).ok })
  }
  Object.defineProperty(window, '__orgscopeTest', { value: Object.freeze(source) })
}
