import { vi } from 'vitest'
import { createMainWindow } from '../../src/main/window'
import { resetElectronMock, type BrowserWindow } from '../mocks/electron'

/**
 * A fresh main window, for tests that send it requests the gatekeeper refuses: the electron
 * mock reset, main as `npm start` runs it (no dev server, whatever the shell has set), and the
 * refusals main logs kept out of the test output. Undo with vi.unstubAllEnvs() and
 * vi.restoreAllMocks() after each test.
 */
export function quietMainWindow(): BrowserWindow {
  resetElectronMock()
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  vi.spyOn(console, 'error').mockImplementation(() => {})
  return createMainWindow() as unknown as BrowserWindow
}
