import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * The gzipped size, in KiB, of the JavaScript files behind `urls` (what a page fetched, as
 * resource timing names them) in the browser build at `webDir`: what a person's browser
 * downloads before the first chart when a server compresses it. Level 6, zlib's and most
 * servers' default (Vite's build report uses it too). Each file counts once.
 */
export function scriptsGzipKiB(urls: readonly string[], webDir: string): number {
  // A URL's pathname is already normalized (no "..") and the build folder is its root.
  const files = new Set(urls.map((url) => join(webDir, decodeURIComponent(new URL(url).pathname))))
  let bytes = 0
  for (const file of files) bytes += gzipSync(readFileSync(file), { level: 6 }).length
  return bytes / 1024
}
