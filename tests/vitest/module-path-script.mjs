// electron-vite's `import path from './worker?modulePath'` when main runs from source (vitest's
// plugin, module-path-from-source.ts, and the loader hooks that run main's sources in plain Node,
// tests/main/fixtures/fake-electron-hooks.mjs): electron-vite builds the module as a script of
// its own and gives its path; from source, the path is a small script that registers tsx
// (TypeScript in a worker thread) and imports the source.
import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const MODULE_PATH_SUFFIX = '?modulePath'

/**
 * Writes the script that runs `entry` (a source file's path) under node_modules/.tmp of `root`,
 * the repository (tsx resolves from its node_modules, up the tree from the script), and returns
 * the script's path.
 *
 * @param {string} root
 * @param {string} entry
 * @returns {string}
 */
export function writeModuleScript(root, entry) {
  const scripts = join(root, 'node_modules', '.tmp', 'module-path')
  mkdirSync(scripts, { recursive: true })
  const script = join(scripts, `${basename(entry).replace(/\.\w+$/, '')}.mjs`)
  writeFileSync(
    script,
    `import { register } from 'tsx/esm/api'\nregister()\nawait import(${JSON.stringify(pathToFileURL(entry).href)})\n`
  )
  return script
}
