/**
 * Which test files can share one module graph (vitest's `isolate: false`).
 *
 * Importing zod, js-yaml, the technology dictionary and the catalog schemas again for every test
 * file was a third of the unit tests' time (tests/shared: 42 s isolated, 22 s sharing, same
 * tests). Sharing is safe for plain Node code that keeps no state between calls; it is not for a
 * file that swaps a module or a global (vi.mock, vi.doMock, vi.stubGlobal: the swap would leak into
 * the files after it, or miss a module an earlier file already imported), nor for the folders whose
 * code keeps state by design (main's electron fake and handlers, the renderer's store, the
 * preload's bridge, worker threads). Those files keep a module graph of their own.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Folders of plain Node tests: their code is functions of their input. */
export const SHAREABLE_FOLDERS = ['tests/shared', 'tests/cli', 'tests/scripts', 'tests/corpus']

const TEST_FILE = /\.test\.tsx?$/
const SWAPS_A_MODULE_OR_GLOBAL = /\bvi\s*\.\s*(mock|doMock|stubGlobal)\s*\(/

/** The test files under `SHAREABLE_FOLDERS` that swap nothing, relative to `root`. */
export function filesSharingOneGraph(root: string): string[] {
  return SHAREABLE_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => TEST_FILE.test(name))
      .map((name) => `${folder}/${name.split('\\').join('/')}`)
  ).filter((file) => !SWAPS_A_MODULE_OR_GLOBAL.test(readFileSync(join(root, file), 'utf8')))
}
