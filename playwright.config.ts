import { defineConfig } from '@playwright/test'
import { chromiumExecutable } from './tests/e2e/chromium.mjs'

const PORT = Number(process.env.ORGSCOPE_E2E_PORT ?? 4317)
const CI = Boolean(process.env.CI)

export default defineConfig({
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 1,
  reporter: [['list']],
  timeout: 30_000,
  use: { trace: 'on-first-retry' },
  projects: [
    {
      // The renderer in Debian's (or any) Chromium, on the browser build (npm run build:web).
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        baseURL: `http://127.0.0.1:${PORT}/`,
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumExecutable(),
          // Root in a container cannot use Chromium's sandbox; the background-networking flags
          // stop Chromium from calling home on an offline machine.
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update']
        }
      }
    },
    {
      // The real app through Playwright's _electron; skips with a printed reason when no
      // Electron runtime exists on the machine.
      name: 'electron',
      testDir: 'tests/electron'
    }
  ],
  webServer: {
    command: 'node scripts/serve-web.mjs',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !CI,
    timeout: 20_000
  }
})
