import { mount } from './mount'

// In the app, the preload exposes the typed API on window.orgscope (see src/preload).
mount(window.orgscope)
