import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Plugin } from 'vite'

const SUFFIX = '?modulePath'
const PREFIX = '\0module-path:'

/**
 * electron-vite's `import path from './worker?modulePath'` for tests: electron-vite builds the
 * module as a script of its own and gives its path; vitest runs sources, so here the path is a
 * small script that registers tsx (TypeScript in a worker thread) and imports the source. Main's
 * code creates its workers exactly as it does in the app.
 */
export function modulePathFromSource(root: string): Plugin {
  const scripts = join(root, 'node_modules', '.tmp', 'module-path')
  return {
    name: 'orgscope:module-path-from-source',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, {
        skipSelf: true
      })
      return resolved && `${PREFIX}${resolved.id}`
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null
      const entry = id.slice(PREFIX.length)
      mkdirSync(scripts, { recursive: true })
      const script = join(scripts, `${basename(entry).replace(/\.\w+$/, '')}.mjs`)
      // tsx resolves from the repository's node_modules, up the tree from this script.
      writeFileSync(
        script,
        `import { register } from 'tsx/esm/api'\nregister()\nawait import(${JSON.stringify(pathToFileURL(entry).href)})\n`
      )
      return `export default ${JSON.stringify(script)}`
    }
  }
}
