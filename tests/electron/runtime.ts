import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron, test, type ElectronApplication } from '@playwright/test'

let skipReported = false

/** The project folder, as `electron .` (npm start) runs it. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The Electron executable: the same places `npm start` (scripts/start.mjs) looks. */
export function electronRuntime(): string | undefined {
  const { ELECTRON_OVERRIDE_DIST_PATH: distPath, ELECTRON_EXEC_PATH: execPath } = process.env
  const module = join(ROOT, 'node_modules', 'electron')
  const pathFile = join(module, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultName()
  const candidates = [
    distPath && join(distPath, executable),
    execPath,
    existsSync(pathFile) ? join(module, 'dist', executable) : undefined
  ]
  return candidates.find((path): path is string => Boolean(path && existsSync(path)))
}

function defaultName(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return process.platform === 'win32' ? 'electron.exe' : 'electron'
}

/**
 * Launches the built app (out/) in a real Electron, with `args` after the app folder (a catalog
 * path, as `npm start -- catalog.yaml` passes it). Without a runtime the calling test group is
 * skipped, with the one line that says why; returns undefined then.
 */
export async function launchApp(args: string[] = []): Promise<ElectronApplication | undefined> {
  const executablePath = electronRuntime()
  if (!executablePath) {
    // One line per run, however many groups skip.
    if (!skipReported)
      console.log(
        'electron e2e skipped: no Electron runtime (run `npm start` once online to download it, ' +
          'or set ELECTRON_OVERRIDE_DIST_PATH=/folder/with/electron or ELECTRON_EXEC_PATH=/path/to/electron)'
      )
    skipReported = true
    test.skip(true, 'no Electron runtime on this machine')
    return undefined
  }
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) if (value) env[name] = value
  delete env.ELECTRON_RENDERER_URL // the built page, not a dev server
  delete env.ELECTRON_RUN_AS_NODE
  return _electron.launch({
    executablePath,
    // package.json main is out/main/index.js, and app.getAppPath() is the root that holds
    // data/teleport.yaml. Chromium refuses to start as root with its sandbox (containers, CI):
    // only then, drop it.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT, ...args],
    cwd: ROOT,
    env
  })
}
