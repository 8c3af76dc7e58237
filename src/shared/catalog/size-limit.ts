import type { Diagnostic } from './diagnostic'

/**
 * The largest catalog source loaded, in bytes as stored (UTF-8). One limit for every way in (a
 * file on disk, a file opened in the browser build, text handed to loadCatalogText), checked
 * before the text is parsed.
 *
 * A 10,000-team catalog is 6.5 MB of YAML; 32 MB holds about 45,000 such teams, or fewer with
 * long texts and version 2's people and roles. The size is not what keeps a file safe: loading
 * does bounded work per byte (about 100 ms per MB at most, whatever the file holds: the bench's
 * load-per-mb; tests/shared/catalog/load-scaling.test.ts), and the app loads on a worker thread
 * (src/node/catalog/catalog-loader.ts), so even the slowest 32 MB file (3 to 4 s) never blocks
 * main. Peak memory while loading stays under 1 GB at this size.
 */
export const MAX_CATALOG_BYTES = 32 * 1024 * 1024

const MEGABYTE = 1024 * 1024

/** The whole-file diagnostic for a source of `bytes` bytes, or undefined when it is within the limit. */
export function catalogSizeProblem(file: string, bytes: number): Diagnostic | undefined {
  if (bytes <= MAX_CATALOG_BYTES) return undefined
  return {
    file,
    line: 0,
    column: 0,
    message: `file is too large (${(bytes / MEGABYTE).toFixed(1)} MB; the limit is ${MAX_CATALOG_BYTES / MEGABYTE} MB)`,
    hint: 'a catalog holds teams and projects, not data; check that this is the right file, or split it'
  }
}

/**
 * The diagnostic for files to import (`name`: the file's or folder's) of `bytes` bytes in all,
 * or undefined when they are within the limit: an import makes a catalog no larger than them.
 */
export function importSizeProblem(name: string, bytes: number): Diagnostic | undefined {
  if (bytes <= MAX_CATALOG_BYTES) return undefined
  return {
    file: name,
    line: 0,
    column: 0,
    message: `the files are ${(bytes / MEGABYTE).toFixed(1)} MB, over the ${MAX_CATALOG_BYTES / MEGABYTE} MB an import may be`,
    hint: 'import a part of them'
  }
}

/** catalogSizeProblem for text in memory, measured as its UTF-8 encoding. */
export function textSizeProblem(file: string, text: string): Diagnostic | undefined {
  // A UTF-16 code unit is 1 to 3 bytes: a text this short is within the limit, whatever it holds.
  if (text.length * 3 <= MAX_CATALOG_BYTES) return undefined
  return catalogSizeProblem(file, utf8Length(text))
}

const NON_ASCII = /[\u0080-\uffff]/

function utf8Length(text: string): number {
  // Most catalogs are ASCII: one byte a character, found by a regex scan (3 MB in ~1 ms).
  if (!NON_ASCII.test(text)) return text.length
  let bytes = text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // U+0080–U+07FF take 2 bytes, the rest of the BMP 3; a surrogate pair (two units) takes 4.
    if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2
  }
  return bytes
}
