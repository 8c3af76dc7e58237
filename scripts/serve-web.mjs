// Serves the browser build (out/web) on localhost and prints its URL. Used by `npm run web`
// and by the Playwright tests. Static files only, loopback only, no directory listing.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const root = resolve(process.env.ORGSCOPE_WEB_DIR ?? 'out/web')
const port = Number(process.env.PORT ?? 4173)
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2'
}

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No browser build in ${root}. Run "npm run build:web" first (or "npm run web").`)
  process.exit(1)
}

const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
  const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname))
  // Refuse anything that resolves outside the build folder.
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    return
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(response)
})

server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address()
  console.log(`OrgScope (browser build) at http://127.0.0.1:${actual}/`)
})
