// @vitest-environment node
/**
 * `npm start` where no Electron runtime can be had (scripts/start.mjs): one line saying so, then
 * the browser build served on localhost, until it is stopped. ORGSCOPE_TEST_NO_ELECTRON makes the
 * script behave as on a machine without the runtime whose download fails, whatever this machine
 * has installed. The browser build (out/web) is built first when it is missing or stale.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const URL_LINE = /^OrgScope \(browser build\) at (http:\/\/127\.0\.0\.1:\d+\/\S*)/

type Started = { child: ChildProcess; lines: string[]; url: string }

/** Runs start.mjs without a runtime; resolves once it prints the URL it serves. */
async function startWithoutElectron(...args: string[]): Promise<Started> {
  const child = spawn(process.execPath, ['scripts/start.mjs', ...args], {
    cwd: ROOT,
    // PORT=0: a free port, so parallel runs never meet; BROWSER=none: never open a window here.
    env: { ...process.env, ORGSCOPE_TEST_NO_ELECTRON: '1', PORT: '0', BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  running.push(child)
  const lines: string[] = []
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk))
  for await (const line of createInterface({ input: child.stdout! })) {
    lines.push(line)
    const url = URL_LINE.exec(line)?.[1]
    if (url) return { child, lines, url }
  }
  throw new Error(
    `start.mjs ended without serving (${child.exitCode}):\n${lines.join('\n')}\n${stderr}`
  )
}

/**
 * A GET to the server on a new connection (a kept-alive one would hang up, not be refused,
 * once the server is gone); `host` overrides the Host header (as a rebinding page's would be).
 */
function get(url: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: host ? { host } : {} }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode!, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** Every start.mjs this file ran: whatever a failed test left running is stopped at the end. */
const running: ChildProcess[] = []
afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL')
})

describe('npm start without an Electron runtime', () => {
  it('says so in one line, serves the browser build, and stops cleanly on Ctrl+C', async () => {
    const { child, lines, url } = await startWithoutElectron()

    const said = lines.filter((line) => line !== 'Building the browser build…')
    expect(said).toHaveLength(2)
    expect(said[0]).toMatch(
      /^No Electron runtime for \S+ \(ORGSCOPE_TEST_NO_ELECTRON is set\)\. Showing OrgScope in your browser instead/
    )
    expect(said[1]).toMatch(/\(open it in a browser; Ctrl\+C stops it\)$/)
    expect(url).toMatch(/\/$/)

    const page = await get(url)
    expect(page.status).toBe(200)
    expect(page.body).toBe(readFileSync(join(ROOT, 'out/web/index.html'), 'utf8'))

    child.kill('SIGINT')
    const [code, signal] = await once(child, 'exit')
    expect({ code, signal }).toEqual({ code: 0, signal: null })
    await expect(get(url)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  }, 180_000)

  describe('with a catalog path', () => {
    let dir: string
    let catalog: string
    let started: Started
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'orgscope-start-'))
      catalog = join(dir, 'team catalog.yaml')
      writeFileSync(catalog, 'schemaVersion: 1\n')
      writeFileSync(join(dir, 'secret.yaml'), 'not to be served\n')
      started = await startWithoutElectron(catalog)
    }, 180_000)
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true })
    })

    it('opens the page on that catalog, which the server serves as it is now', async () => {
      expect(new URL(started.url).searchParams.get('catalog')).toBe('team catalog.yaml')
      const route = new URL('catalog/team%20catalog.yaml', started.url).href
      expect(await get(route)).toEqual({ status: 200, body: 'schemaVersion: 1\n' })
      writeFileSync(catalog, 'schemaVersion: 2\n')
      expect(await get(route)).toEqual({ status: 200, body: 'schemaVersion: 2\n' })
    })

    it('serves nothing else from the disk, and nothing to a foreign Host', async () => {
      for (const path of [
        'catalog/secret.yaml',
        'catalog/..%2Fsecret.yaml',
        '..%2F..%2Fpackage.json'
      ]) {
        expect((await get(new URL(path, started.url).href)).status, path).toBe(404)
      }
      const { port } = new URL(started.url)
      expect((await get(started.url, `rebound.example:${port}`)).status).toBe(403)
    })
  })

  it('with --no-browser-fallback, explains what is missing and exits 1', async () => {
    const child = spawn(process.execPath, ['scripts/start.mjs', '--no-browser-fallback'], {
      cwd: ROOT,
      env: { ...process.env, ORGSCOPE_TEST_NO_ELECTRON: '1', PORT: '0', BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    running.push(child)
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk))
    const [code] = await once(child, 'exit')
    expect(code).toBe(1)
    expect(stderr).toContain('OrgScope cannot start: the Electron runtime')
    expect(stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH=')
  })
})
