import { app, BrowserWindow } from 'electron'
import { catalogPathFromArgs, openCatalogInWindow } from './catalog'
import { createMainWindow, isAppWindow } from './window'

/**
 * One running copy of the app. Two would each keep settings.json and recent-catalogs.json in
 * memory and write them whole, the last to save erasing what the other saved. A second launch
 * (a double-click on a catalog, `orgscope-app team.yaml` in a terminal) hands its command line
 * to the first copy and quits: the first comes to the front and opens the file named there,
 * resolved against the folder the second launch was started in.
 */
type HandOver = [argv: string[], workingDirectory: string]

let handOver: ((...args: HandOver) => void) | undefined
/** Launches that arrived while this copy was still starting: answered once its window exists. */
const early: HandOver[] = []

/**
 * Takes the lock, before anything else runs; false in a second copy, which must only quit
 * (Electron has already handed its command line to the first copy).
 */
export function requestSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) return false
  app.on('second-instance', (_event, argv: string[], workingDirectory: string) => {
    if (handOver) handOver(argv, workingDirectory)
    else early.push([argv, workingDirectory])
  })
  return true
}

/** Once the main window exists: answers second launches, those made during start-up first. */
export function setupSingleInstance(): void {
  handOver = (argv, workingDirectory) => void openHandedOver(argv, workingDirectory)
  for (const launch of early.splice(0)) handOver(...launch)
}

async function openHandedOver(argv: readonly string[], workingDirectory: string): Promise<void> {
  // macOS keeps running with no window: a launch then brings one back.
  const window = BrowserWindow.getAllWindows().find(isAppWindow) ?? createMainWindow()
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
  const path = catalogPathFromArgs(argv, Boolean(process.defaultApp), workingDirectory)
  if (path !== undefined) await openCatalogInWindow(window, path)
}
