// Serves the browser build (out/web) on localhost. `npm run web`, `npm start` where no Electron
// runtime exists (scripts/start.mjs imports serveWeb) and the Playwright tests all use it.
//
//   node scripts/serve-web.mjs [path/to/catalog.yaml]
//
// Static files only, loopback only, no directory listing. With a catalog, that one file is also
// served, read-only, at /catalog/<its name>, and the printed URL asks the page to load it
// (?catalog=<its name>, see src/renderer/src/web/served-catalog.ts).
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { basename, extname, join, normalize, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

/** `npm run web`'s port, stable so the browser keeps what it remembers (localStorage) per origin. */
const DEFAULT_PORT = 4173
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

/**
 * Starts the server; resolves once it listens. `port` undefined: 4173, or a free port when
 * 4173 is taken (another `npm run web`); 0: a free port. `catalog`: a file to serve as well.
 * @param {{ root?: string, port?: number, catalog?: string }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveWeb({ root = resolve('out/web'), port, catalog } = {}) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `No browser build in ${root}. Run "npm run build:web" first (or "npm run web").`
    )
  }
  const catalogRoute = catalog && `/catalog/${basename(catalog)}`
  const server = createServer((request, response) => {
    // A page on another site can point a name it controls at 127.0.0.1 (DNS rebinding): only
    // answer requests addressed to this machine by a loopback name.
    if (!isLoopbackHost(request.headers.host) || !['GET', 'HEAD'].includes(request.method)) {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden')
      return
    }
    const pathname = requestPath(request.url)
    if (pathname === undefined) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request: malformed URL')
      return
    }
    if (pathname === catalogRoute) {
      sendCatalog(catalog, response)
      return
    }
    const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname))
    // Refuse anything that resolves outside the build folder.
    if (!file.startsWith(root + sep) || !isFile(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    pipeFile(file, response)
  })
  const listening = await listen(server, port)
  const query = catalog ? `?catalog=${encodeURIComponent(basename(catalog))}` : ''
  return {
    url: `http://127.0.0.1:${listening.address().port}/${query}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done())
        server.closeAllConnections()
      })
  }
}

/** The catalog file as it is now (read at each request, so a reload shows the latest save). */
function sendCatalog(path, response) {
  if (!isFile(path)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`${path} does not exist`)
    return
  }
  response.writeHead(200, {
    'content-type': 'text/plain; charset=utf-8',
    // Catalog text is data: never run it as a script, whatever it contains.
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store'
  })
  pipeFile(path, response)
}

/**
 * Streams the file into the response. A file can vanish or turn unreadable between the check
 * and the read (a rebuild of out/web, an edit of the catalog): that cuts this response short,
 * as a client sees a dropped connection, and the server goes on.
 */
function pipeFile(path, response) {
  createReadStream(path)
    .on('error', () => response.destroy())
    .pipe(response)
}

/**
 * The request's path, percent-decoded; undefined when it is not a URL path or an escape in it
 * is not UTF-8 (`/%E0%A4%A`): decodeURIComponent throws on those, and a throw here would end
 * the server for everyone.
 */
function requestPath(url = '/') {
  try {
    return decodeURIComponent(new URL(url, 'http://localhost').pathname)
  } catch {
    return undefined
  }
}

function listen(server, port) {
  return new Promise((done, fail) => {
    server.once('error', (error) => {
      // 4173 taken (another `npm run web`): any free port rather than no app.
      if (error.code === 'EADDRINUSE' && port === undefined) done(listen(server, 0))
      else fail(error)
    })
    server.listen(port ?? DEFAULT_PORT, '127.0.0.1', () => done(server))
  })
}

function isLoopbackHost(host = '') {
  return /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i.test(host)
}

function isFile(path) {
  return existsSync(path) && statSync(path).isFile()
}

async function main() {
  const [catalog] = process.argv.slice(2)
  try {
    const { url } = await serveWeb({
      root: process.env.ORGSCOPE_WEB_DIR && resolve(process.env.ORGSCOPE_WEB_DIR),
      port: process.env.PORT === undefined ? undefined : Number(process.env.PORT),
      catalog: catalog && resolve(process.env.INIT_CWD ?? process.cwd(), catalog)
    })
    console.log(`OrgScope (browser build) at ${url}`)
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
