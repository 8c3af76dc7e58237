// @vitest-environment node
/**
 * The browser build's server (scripts/serve-web.mjs) must outlive whatever a client sends.
 * Issue 18, case 5: one request with a malformed percent-escape (`/%E0%A4%A`) killed it.
 * Requests go out raw on a socket, as a hostile client would send them: Node's own HTTP client
 * would refuse to send some of them.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

let web: string
let server: { child: ChildProcess; port: number; stderr: () => string } | undefined

beforeAll(() => {
  web = mkdtempSync(join(tmpdir(), 'orgscope-serve-web-'))
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>OrgScope</title>')
})

afterEach(() => {
  server?.child.kill()
  server = undefined
})

afterAll(() => rmSync(web, { recursive: true, force: true }))

/** Starts the server on a free port, serving `web` (and `catalog`, when given). */
async function start(catalog?: string) {
  const child = spawn(process.execPath, ['scripts/serve-web.mjs', ...(catalog ? [catalog] : [])], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ORGSCOPE_WEB_DIR: web },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk))
  for await (const line of createInterface({ input: child.stdout! })) {
    const port = /127\.0\.0\.1:(\d+)\//.exec(line)?.[1]
    if (port) {
      server = { child, port: Number(port), stderr: () => stderr }
      return server
    }
  }
  throw new Error(`serve-web.mjs ended without serving:\n${stderr}`)
}

/** Sends `GET target` as is; resolves with the status code, or 0 when the server hung up. */
function get(port: number, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => (answer += chunk))
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve(0) : reject(error)
    )
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)))
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'latin1')
  })
}

describe('serve-web.mjs on malformed requests', () => {
  it.each([
    '/%E0%A4%A',
    '/%',
    '/%zz',
    '/%C0%AF',
    '/%ED%A0%80',
    '/%FF',
    '/catalog/%E0',
    '//%80',
    'http://127.0.0.1/%E0%A4%A'
  ])('answers 400 to %s and keeps serving', async (target) => {
    const { port } = await start()
    expect(await get(port, target)).toBe(400)
    expect(await get(port, '/')).toBe(200)
  })

  it('survives any path made of escapes, dots and slashes', async () => {
    const { child, port } = await start()
    const piece = fc.constantFrom(
      '%',
      '%E0',
      '%A4',
      '%2F',
      '%2E',
      '%00',
      '%zz',
      '/',
      '.',
      'a',
      '..'
    )
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), async (pieces) => {
        const status = await get(port, `/${pieces.join('')}`)
        expect([200, 400, 404]).toContain(status)
      }),
      { numRuns: 150 }
    )
    expect(child.exitCode).toBeNull()
    expect(await get(port, '/')).toBe(200)
  })

  it('ends the response, not the server, when a file cannot be read', async ({ skip }) => {
    // /proc/self/mem is a "regular file" to stat whose read at offset 0 fails (EIO): a file that
    // goes away or turns unreadable between the check and the read does the same elsewhere.
    if (process.platform !== 'linux') skip('needs /proc/self/mem (Linux)')
    const { child, port, stderr } = await start('/proc/self/mem')
    expect(await get(port, '/catalog/mem')).not.toBe(200)
    expect(child.exitCode, stderr()).toBeNull()
    expect(await get(port, '/')).toBe(200)
  })
})
