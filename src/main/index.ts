import { app, BrowserWindow } from 'electron'
import { setupCatalog } from './catalog'
import { setupExport } from './export/setup-export'
import { setupMenu } from './menu'
import { setupSecurity } from './security'
import { setupShell } from './shell'
import { createMainWindow } from './window'

// Every renderer sandboxed, whatever a window's own options say (defence in depth).
app.enableSandbox()

app.whenReady().then(() => {
  setupSecurity()
  setupCatalog()
  setupExport()
  setupShell()
  setupMenu()
  createMainWindow()

  // macOS keeps the app running without windows; clicking the dock icon opens one again.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
