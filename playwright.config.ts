import { defineConfig } from '@playwright/test'
import { chromiumExecutable } from './tests/e2e/chromium.mjs'

const CI = Boolean(process.env.CI)
/**
 * The browser build's server listens on a port the OS picks (PORT=0) and prints its URL; the
 * `wait` pattern below reads the port from that line into ORGSCOPE_E2E_PORT, before the test
 * workers start (they inherit it and load this file again). So every run gets its own server:
 * a server left running by another checkout can never answer this suite, and several checkouts
 * can run their suites at once. Until the server is up (the runner's first read of this file),
 * the port is unknown; only the workers use baseURL.
 */
const baseURL = `http://127.0.0.1:${process.env.ORGSCOPE_E2E_PORT ?? 0}/`

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
        baseURL,
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
    env: { PORT: '0' },
    // The named group becomes process.env.ORGSCOPE_E2E_PORT (Playwright upper-cases it).
    wait: { stdout: /at http:\/\/127\.0\.0\.1:(?<orgscope_e2e_port>\d+)\// },
    // No `url`: nothing is probed or reused; the server is this run's own child.
    reuseExistingServer: false,
    timeout: 20_000
  }
})
