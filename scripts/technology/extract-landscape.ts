/**
 * Prints the technology dictionary's extract of a CNCF landscape.yml (see landscape-extract.ts):
 * `npx tsx scripts/technology/extract-landscape.ts landscape.yml > scripts/technology/data/cncf-landscape.tsv`.
 * Update LANDSCAPE_SOURCE.commit to the commit the file was taken from.
 */
import { readFileSync } from 'node:fs'
import { extractLandscape, formatLandscapeExtract } from './landscape-extract'

const [path] = process.argv.slice(2)
if (!path) {
  console.error('usage: extract-landscape.ts LANDSCAPE_YML (the file from cncf/landscape)')
  process.exitCode = 2
} else {
  try {
    process.stdout.write(formatLandscapeExtract(extractLandscape(readFileSync(path, 'utf8'))))
  } catch (error) {
    console.error(`could not read ${path}: ${error instanceof Error ? error.message : error}`)
    process.exitCode = 1
  }
}
