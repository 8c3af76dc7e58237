import { spawn } from 'node:child_process'

/**
 * Starts scripts/serve-web.mjs on a free port; resolves with its URL once it listens. With a
 * `catalog`, the server serves that file too and the URL opens the page on it. `root`: another
 * browser build than out/web (the benchmark compares two builds).
 */
export function startWebServer({
  catalog,
  root
}: { catalog?: string; root?: string } = {}): Promise<{
  url: string
  close(): void
}> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['scripts/serve-web.mjs', ...(catalog ? [catalog] : [])],
      {
        env: { ...process.env, PORT: '0', ...(root ? { ORGSCOPE_WEB_DIR: root } : {}) },
        stdio: ['ignore', 'pipe', 'inherit']
      }
    )
    child.on('exit', (code) => reject(new Error(`web server exited with ${code}`)))
    child.stdout.on('data', (chunk: Buffer) => {
      const url = /http:\/\/\S+/.exec(chunk.toString())?.[0]
      if (url) resolve({ url, close: () => child.kill() })
    })
  })
}
