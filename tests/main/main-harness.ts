import { asElectronApp } from './as-electron-app'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, vi } from 'vitest'
import type { BrowserWindow } from '../mocks/electron'

export interface MainHarness<Feature> {
  electron: typeof import('../mocks/electron')
  window: BrowserWindow
  /** What `setup` returned: the feature's module, for calls that are not IPC. */
  feature: Feature
  /** A fresh temporary folder, removed after each test. */
  dir: string
  /** Calls a registered handler as the window's own page would. */
  invoke(channel: string, payload?: unknown): Promise<unknown>
  /** The next save dialog answers with this path, or is canceled. */
  saveAs(path: string | undefined): void
}

/**
 * Main as `npm start` runs it (`electron .`, so the bundled catalog), one window, and a feature
 * that saves a file through a save dialog (export, print to PDF), with electron mocked. Modules
 * are fresh for each test: the current catalog and what a feature remembers are module state.
 * Call it inside a `describe`; the fields are set anew before each test.
 */
export function useMainHarness<Feature>(
  tempPrefix: string,
  setup: () => Promise<Feature>
): MainHarness<Feature> {
  const harness = {} as MainHarness<Feature>
  asElectronApp()

  beforeEach(async () => {
    vi.resetModules()
    const electron = await import('../mocks/electron')
    electron.resetElectronMock()
    const catalog = await import('../../src/main/catalog')
    const { createMainWindow } = await import('../../src/main/window')
    const window = createMainWindow() as unknown as BrowserWindow
    catalog.setupCatalog()
    Object.assign(harness, {
      electron,
      window,
      feature: await setup(),
      dir: await mkdtemp(join(tmpdir(), tempPrefix))
    })
  })

  afterEach(async () => {
    await rm(harness.dir, { recursive: true, force: true })
  })

  harness.invoke = (channel, payload) =>
    harness.electron.invokeFrom(harness.window, channel, payload)

  harness.saveAs = (path) => {
    harness.electron.dialog.showSaveDialog.mockResolvedValueOnce(
      path ? { canceled: false, filePath: path } : { canceled: true, filePath: '' }
    )
  }

  return harness
}
