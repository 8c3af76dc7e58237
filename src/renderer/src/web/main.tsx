import { mount } from '../mount'
import { createBrowserApi } from './browser-api'

mount(createBrowserApi())
