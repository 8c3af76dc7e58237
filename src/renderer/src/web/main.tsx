import { setCompareRevisions } from '../compare/compare-capabilities'
import { setExportCapabilities } from '../export/export-capabilities'
import { mount } from '../mount'
import { createBrowserApi } from './browser-api'
import { BROWSER_EXPORT } from './browser-export-capabilities'
import { SERVED_CATALOG_PARAM } from './served-catalog'

setExportCapabilities(BROWSER_EXPORT)
setCompareRevisions(false)
const api = createBrowserApi()
if (new URLSearchParams(window.location.search).has(SERVED_CATALOG_PARAM)) {
  // A served file is fetched, parsed and validated: the page shows that it is loading meanwhile.
  mount(api)
} else {
  // The bundled catalog is a chunk the page preloads, normalized at build time: waiting for it
  // lets React's first render draw the chart, instead of a "Loading catalog…" page, laid out and
  // committed, that the chart replaces a few milliseconds later.
  void api.loadCatalog().then(
    (initial) => mount(api, initial),
    () => mount(api)
  )
}
