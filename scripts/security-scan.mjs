// `npm run security`: Electronegativity (Doyensec's static checker for Electron apps) over src/,
// failing on any finding above LOW. `npm test` runs it after lint.
//
// A finding we have reviewed and accept is switched off NEXT TO THE CODE with Electronegativity's
// own comment, `// eng-disable CHECK_ID` on the flagged line (or on a file's first line for the
// whole file), together with a comment that says why. This script adds no ignore list of its own.
//
// Run offline and deterministic:
// - Electronegativity fetches translations and Electron's release list from GitHub on every run
//   (and waits for them). `got`, the HTTP client it uses for that, is replaced by one that fails
//   at once, so it falls back to its bundled English strings.
// - Without the release list, AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK ("is there a newer Electron
//   with security fixes?") cannot run; it is excluded. Keeping Electron current is
//   tests/main/security-checklist.test.ts's item 16 and the dependency updates' job.
// - The Electron version comes from the installed electron package, not from the network.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
const require = createRequire(import.meta.url)

/** Findings at or above this severity fail the run (Electronegativity: 0 info … 3 high). */
const FAIL_FROM = 2 // MEDIUM
/** By class name, lower case, as Electronegativity's exclusion list wants them. */
const OFFLINE_EXCLUDED = ['availablesecurityfixesglobalcheck']

/**
 * Scans `input` (a folder) and returns every finding, plus the files it could not parse (a file
 * it cannot read is a file it did not check, so that fails the run too).
 */
export async function scan(input) {
  stubNetwork()
  const module = require('@doyensec/electronegativity')
  const run = module.default ?? module
  const electron = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8'))
  // Electronegativity reports progress with console.log even when used as a library.
  const log = console.log
  console.log = () => {}
  try {
    const result = await run(
      {
        input,
        electronVersionOverride: electron.version,
        isRelative: false,
        customScan: [],
        excludeFromScan: OFFLINE_EXCLUDED
      },
      false
    )
    return {
      issues: result.issues.map((issue) => ({
        id: issue.id,
        severity: issue.severity.name,
        failing: issue.severity.value >= FAIL_FROM,
        file: relative(ROOT, issue.file),
        line: issue.location.line,
        column: issue.location.column,
        description: issue.description,
        review: Boolean(issue.manualReview)
      })),
      unparsed: result.errors.filter((error) => !error.tolerable)
    }
  } finally {
    console.log = log
  }
}

/** Makes Electronegativity's HTTP client fail immediately instead of reaching GitHub. */
function stubNetwork() {
  const eneg = dirname(require.resolve('@doyensec/electronegativity/package.json'))
  const gotPath = require.resolve('got', { paths: [eneg] })
  const offline = () => Promise.reject(new Error('offline: the security scan makes no requests'))
  const got = Object.assign(offline, { head: offline, get: offline })
  got.default = got
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: got }
}

async function main() {
  const started = Date.now()
  const input = join(ROOT, 'src')
  const { issues, unparsed } = await scan(input)
  const failing = issues.filter((issue) => issue.failing)
  for (const issue of issues) {
    const mark = issue.failing ? 'FAIL' : 'ok  '
    console.log(
      `${mark} ${issue.severity.padEnd(13)} ${issue.id} ${issue.file}:${issue.line}:${issue.column}` +
        ` ${issue.description}${issue.review ? ' (review)' : ''}`
    )
  }
  for (const error of unparsed) console.error(`could not parse ${error.file}: ${error.message}`)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `security: Electronegativity on src/ in ${seconds}s: ${issues.length} finding(s), ` +
      `${failing.length} above LOW, ${unparsed.length} file(s) not parsed`
  )
  if (failing.length || unparsed.length) {
    console.error(
      'Fix the code, or, if the finding is a false positive, add `// eng-disable CHECK_ID` on ' +
        'the flagged line with a comment saying why (see scripts/security-scan.mjs).'
    )
    process.exit(1)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
