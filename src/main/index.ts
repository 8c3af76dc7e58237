import { app, BrowserWindow } from 'electron'
import { setupCatalog } from './catalog'
import { setupExport } from './export'
import { setupImport } from './import'
import { setupMenu } from './menu'
import { setupPrint } from './print'
import { setupSecurity } from './security'
import { setupSettings } from './settings'
import { setupShell } from './shell'
import { setupViews } from './views'
import { requestSingleInstance, setupSingleInstance } from './single-instance'
import { createMainWindow } from './window'

// Every renderer sandboxed, whatever a window's own options say (defence in depth).
app.enableSandbox()

// A second copy hands its command line to the first and quits (see single-instance.ts).
if (!requestSingleInstance()) app.quit()
else start()

function start(): void {
  app.whenReady().then(async () => {
    setupSecurity()
    // Before the catalog: with no path on the command line, the last catalog shown opens again.
    await setupSettings()
    setupCatalog()
    setupViews()
    setupExport()
    setupPrint()
    setupImport()
    setupShell()
    setupMenu()
    createMainWindow()
    setupSingleInstance()

    // macOS keeps the app running without windows; clicking the dock icon opens one again.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
