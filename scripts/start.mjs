// `npm start [-- catalog.yaml]`: build and launch the app (electron-vite preview).
// `npm run dev [-- catalog.yaml]`: the same with the dev server and hot reload (electron-vite dev).
//
// First makes sure an Electron runtime exists. electron 45 downloads its binary lazily, on the
// first require('electron'), and electron-vite only says "Electron uninstall" when it is missing;
// offline, that is all a newcomer would see. So: find a runtime, else try the download, else
// explain what is missing and how to get it, and exit 1.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
const ELECTRON_MODULE = join(ROOT, 'node_modules', 'electron')
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000 // a slow link; offline fails within a second

const [mode, args] =
  process.argv[2] === '--dev' ? ['dev', process.argv.slice(3)] : ['preview', process.argv.slice(2)]

const runtime = findRuntime() ?? downloadRuntime()
// electron-vite reads ELECTRON_EXEC_PATH (it ignores ELECTRON_OVERRIDE_DIST_PATH).
process.env.ELECTRON_EXEC_PATH = runtime

// npm runs scripts from the project root; make a relative catalog path mean what the user typed.
const from = process.env.INIT_CWD ?? process.cwd()
const forwarded = args.map((arg) => (arg.startsWith('-') ? arg : resolve(from, arg)))

// electron-vite passes everything after `--` on to Electron (its ELECTRON_CLI_ARGS).
const electronVite = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
const child = spawn(process.execPath, [electronVite, mode, '--', ...forwarded], {
  cwd: ROOT,
  stdio: 'inherit'
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))

/** The Electron executable to use, or undefined when none is installed yet. */
function findRuntime() {
  const { ELECTRON_EXEC_PATH: execPath, ELECTRON_OVERRIDE_DIST_PATH: distPath } = process.env
  if (execPath) {
    if (existsSync(execPath)) return execPath
    fail(`ELECTRON_EXEC_PATH points to ${execPath}, which does not exist.`)
  }
  if (distPath) {
    const executable = join(distPath, executableName())
    if (existsSync(executable)) return executable
    fail(`ELECTRON_OVERRIDE_DIST_PATH is ${distPath}, but ${executable} does not exist.`)
  }
  const installed = join(ELECTRON_MODULE, 'dist', executableName())
  return existsSync(join(ELECTRON_MODULE, 'path.txt')) && existsSync(installed)
    ? installed
    : undefined
}

/** Runs electron's own lazy download (it happens on the first require) and looks again. */
function downloadRuntime() {
  console.log('Downloading the Electron runtime (first start only)…')
  const result = spawnSync(process.execPath, ['-e', "require('electron')"], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS
  })
  const runtime = result.status === 0 ? findRuntime() : undefined
  if (runtime) return runtime
  const reason = result.error?.code === 'ETIMEDOUT' ? 'timed out' : firstError(result.stderr)
  fail(
    `the Electron runtime (the app's engine) for ${process.platform}-${process.arch} is missing.`,
    `electron downloads it on first start, and that download failed (${reason}). Offline?`
  )
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
      `OrgScope cannot start: ${problem}`,
      ...(why ? [`  Why: ${why}`] : []),
      '  Fix: connect to the internet and run `npm start` again,',
      '       or use an Electron runtime you already have:',
      '         ELECTRON_OVERRIDE_DIST_PATH=/path/to/folder-with-electron npm start',
      '         ELECTRON_EXEC_PATH=/path/to/electron npm start',
      '  Meanwhile: `npm run web` serves the chart in your browser.',
      ''
    ].join('\n')
  )
  process.exit(1)
}
