import { setExportCapabilities } from '../export/export-capabilities'
import { mount } from '../mount'
import { createBrowserApi } from './browser-api'
import { BROWSER_EXPORT } from './browser-export-capabilities'

setExportCapabilities(BROWSER_EXPORT)
mount(createBrowserApi())
