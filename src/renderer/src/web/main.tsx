import { setCompareRevisions } from '../compare/compare-capabilities'
import { setExportCapabilities } from '../export/export-capabilities'
import { mount } from '../mount'
import { createBrowserApi } from './browser-api'
import { BROWSER_EXPORT } from './browser-export-capabilities'

setExportCapabilities(BROWSER_EXPORT)
setCompareRevisions(false)
mount(createBrowserApi())
