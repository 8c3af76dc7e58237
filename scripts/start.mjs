// `npm start [-- catalog.yaml]`: build and launch the app (electron-vite preview).
// `npm run dev [-- catalog.yaml]`: the same with the dev server and hot reload (electron-vite dev).
//
// First makes sure an Electron runtime exists. electron 45 downloads its binary lazily, on the
// first require('electron'), and electron-vite only says "Electron uninstall" when it is missing;
// offline, that is all a newcomer would see. So: find a runtime, else try the download, else say
// so in one line and show the same app in the browser build (built if needed, served on
// localhost, opened in the system browser), the catalog argument included.
// `--no-browser-fallback`: explain what is missing and exit 1 instead.
//
// ORGSCOPE_TEST_NO_ELECTRON=1 (for tests/scripts/start.test.ts): behave as on a machine where
// no runtime is installed and the download fails, without touching node_modules/electron.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { delimiter, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveWeb } from './serve-web.mjs'

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
const ELECTRON_MODULE = join(ROOT, 'node_modules', 'electron')
const WEB_BUILD = join(ROOT, 'out', 'web')
/** What the browser build is made from: newer than out/web/index.html means build again. */
const WEB_SOURCES = [
  'src/renderer',
  'src/shared',
  'data',
  'vite.web.config.ts',
  'package-lock.json'
]
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000 // a slow link; offline fails within a second
const NO_FALLBACK = '--no-browser-fallback'

const [mode, given] =
  process.argv[2] === '--dev' ? ['dev', process.argv.slice(3)] : ['preview', process.argv.slice(2)]
const fallback = !given.includes(NO_FALLBACK)
const args = given.filter((arg) => arg !== NO_FALLBACK)

// npm runs scripts from the project root; make a relative catalog path mean what the user typed.
const from = process.env.INIT_CWD ?? process.cwd()
const forwarded = args.map((arg) => (arg.startsWith('-') ? arg : resolve(from, arg)))

const found = findRuntime() ?? downloadRuntime()
if (found.runtime) launchElectron(found.runtime)
else if (fallback) await openBrowserBuild(found.brief)
else fail(found.problem, found.why)

function launchElectron(runtime) {
  // electron-vite reads ELECTRON_EXEC_PATH (it ignores ELECTRON_OVERRIDE_DIST_PATH).
  process.env.ELECTRON_EXEC_PATH = runtime
  // electron-vite passes everything after `--` on to Electron (its ELECTRON_CLI_ARGS).
  const electronVite = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const child = spawn(process.execPath, [electronVite, mode, '--', ...forwarded], {
    cwd: ROOT,
    stdio: 'inherit'
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

/**
 * `{ runtime }`: the Electron executable to use. `{ problem, why, brief }`: none can be had
 * (`brief` is the one-line version). undefined: none is installed yet, try the download.
 */
function findRuntime() {
  if (process.env.ORGSCOPE_TEST_NO_ELECTRON) return undefined
  const { ELECTRON_EXEC_PATH: execPath, ELECTRON_OVERRIDE_DIST_PATH: distPath } = process.env
  if (execPath) {
    if (existsSync(execPath)) return { runtime: execPath }
    const problem = `ELECTRON_EXEC_PATH points to ${execPath}, which does not exist`
    return { problem, brief: problem }
  }
  if (distPath) {
    const executable = join(distPath, executableName())
    if (existsSync(executable)) return { runtime: executable }
    const problem = `ELECTRON_OVERRIDE_DIST_PATH is ${distPath}, but ${executable} is missing`
    return { problem, brief: problem }
  }
  const installed = join(ELECTRON_MODULE, 'dist', executableName())
  return existsSync(join(ELECTRON_MODULE, 'path.txt')) && existsSync(installed)
    ? { runtime: installed }
    : undefined
}

/** Runs electron's own lazy download (it happens on the first require) and looks again. */
function downloadRuntime() {
  const platform = `${process.platform}-${process.arch}`
  const problem = `the Electron runtime (the app's engine) for ${platform} is missing`
  if (process.env.ORGSCOPE_TEST_NO_ELECTRON) {
    const why = 'ORGSCOPE_TEST_NO_ELECTRON is set'
    return { problem, why, brief: `No Electron runtime for ${platform} (${why})` }
  }
  console.log('Downloading the Electron runtime (first start only)…')
  const result = spawnSync(process.execPath, ['-e', "require('electron')"], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS
  })
  const again = result.status === 0 ? findRuntime() : undefined
  if (again) return again
  const reason = result.error?.code === 'ETIMEDOUT' ? 'timed out' : firstError(result.stderr)
  return {
    problem,
    why: `electron downloads it on first start, and that download failed (${reason}). Offline?`,
    brief: `No Electron runtime for ${platform}: its download failed (${reason})`
  }
}

/** What electron/path.txt would say: the executable inside the runtime folder. */
function executableName() {
  const pathFile = join(ELECTRON_MODULE, 'path.txt')
  if (existsSync(pathFile)) return readFileSync(pathFile, 'utf8').trim()
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return process.platform === 'win32' ? 'electron.exe' : 'electron'
}

/** "TypeError: fetch failed" → "fetch failed": the first error line, without the class name. */
function firstError(stderr = '') {
  const line = stderr.split('\n').find((l) => /error/i.test(l)) ?? 'no details'
  return line.replace(/^\s*\w*Error:\s*/, '').slice(0, 120)
}

function fail(problem, why) {
  console.error(
    [
      '',
      `OrgScope cannot start: ${problem}.`,
      ...(why ? [`  Why: ${why}`] : []),
      '  Fix: connect to the internet and run `npm start` again,',
      '       or use an Electron runtime you already have:',
      '         ELECTRON_OVERRIDE_DIST_PATH=/path/to/folder-with-electron npm start',
      '         ELECTRON_EXEC_PATH=/path/to/electron npm start',
      '  Meanwhile: `npm start` without --no-browser-fallback (or `npm run web`) shows the chart',
      '  in your browser.',
      ''
    ].join('\n')
  )
  process.exit(1)
}

/** No runtime: the same app in the browser build, served here, opened in the system browser. */
async function openBrowserBuild(brief) {
  console.log(
    `${brief}. Showing OrgScope in your browser instead (README: "No Electron runtime?").`
  )
  buildWebIfStale()
  const catalog = forwarded.find((arg) => !arg.startsWith('-'))
  let server
  try {
    server = await serveWeb({
      root: WEB_BUILD,
      port: process.env.PORT === undefined ? undefined : Number(process.env.PORT),
      catalog
    })
  } catch (error) {
    console.error(`OrgScope cannot serve the browser build: ${error.message}`)
    process.exit(1)
  }
  const opened = openInBrowser(server.url)
  console.log(
    opened
      ? `OrgScope (browser build) at ${server.url} (opened in your browser; Ctrl+C stops it)`
      : `OrgScope (browser build) at ${server.url} (open it in a browser; Ctrl+C stops it)`
  )
  const stop = () => server.close().then(() => process.exit(0))
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, stop)
}

/** Builds out/web when it is missing or older than any of its sources. */
function buildWebIfStale() {
  const index = join(WEB_BUILD, 'index.html')
  const built = existsSync(index) ? statSync(index).mtimeMs : -Infinity
  if (WEB_SOURCES.every((source) => newestChange(join(ROOT, source)) <= built)) return
  console.log('Building the browser build…')
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  if (build.status !== 0) {
    console.error(
      `${build.stdout}${build.stderr}\nOrgScope cannot build the browser build (above).`
    )
    process.exit(1)
  }
}

/** The latest modification time of a file, or of anything in a folder (0 if it is missing). */
function newestChange(path) {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stats.mtimeMs
  )
}

/**
 * Opens `url` with the system's opener; false when there is none, or no display to show a
 * browser on (an SSH session, a container), or BROWSER=none (the convention dev servers follow).
 */
function openInBrowser(url) {
  if (process.env.BROWSER === 'none') return false
  const [command, ...commandArgs] =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""', url.replaceAll('&', '^&')]
        : ['xdg-open', url]
  const graphical =
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  if (!graphical || !onPath(command)) return false
  // Verbatim on Windows: cmd's `start` takes its quoted empty title as written.
  const child = spawn(command, commandArgs, {
    stdio: 'ignore',
    detached: true,
    windowsVerbatimArguments: true
  })
  child.on('error', () => console.log(`Could not open a browser: open ${url} yourself.`))
  child.unref()
  return true
}

function onPath(command) {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', ''] : ['']
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((folder) => extensions.some((ext) => folder && existsSync(join(folder, command + ext))))
}
