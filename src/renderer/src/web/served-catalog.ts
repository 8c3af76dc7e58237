/** The page URL's query naming a catalog the local server serves: `/?catalog=team.yaml`. */
export const SERVED_CATALOG_PARAM = 'catalog'

export type ServedCatalog = { ok: true; file: File } | { ok: false; name: string; problem: string }

/**
 * The catalog file the local server was started with (`npm start -- team.yaml` where no Electron
 * runtime exists, or `npm run web -- team.yaml`; see scripts/serve-web.mjs), when the page URL
 * names one; undefined otherwise (the page shows the bundled catalog).
 *
 * The name only picks the URL: the server answers there for the one file it was given and 404s
 * for any other name, so a link cannot make the page read anything else from the disk.
 */
export async function fetchServedCatalog(search: string): Promise<ServedCatalog | undefined> {
  const name = new URLSearchParams(search).get(SERVED_CATALOG_PARAM)
  if (!name) return undefined
  try {
    const response = await fetch(`catalog/${encodeURIComponent(name)}`, { cache: 'no-store' })
    if (!response.ok) {
      const said = (await response.text()).trim() || response.statusText
      return { ok: false, name, problem: `could not be read (${response.status}: ${said})` }
    }
    return { ok: true, file: new File([await response.blob()], name) }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, name, problem: `could not be read from the local server (${reason})` }
  }
}
