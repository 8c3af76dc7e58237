// Which Chromium the browser tests drive: CHROMIUM_PATH, else Playwright's own download, else
// Debian's /usr/bin/chromium. Playwright cannot download browsers on offline machines, so we
// never rely on it alone, and fail with a message that says how to fix it.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

export function chromiumExecutable() {
  const candidates = [
    ['CHROMIUM_PATH', process.env.CHROMIUM_PATH],
    ["Playwright's browser", safe(() => chromium.executablePath())],
    ['Debian chromium', '/usr/bin/chromium']
  ]
  for (const [, path] of candidates) if (path && existsSync(path)) return path
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian: apt-get install chromium), ' +
      'or set CHROMIUM_PATH=/path/to/chrome. Looked at: ' +
      candidates.map(([label, path]) => `${label}${path ? ` (${path})` : ''}`).join(', ')
  )
}

function safe(fn) {
  try {
    return fn()
  } catch {
    return undefined
  }
}
