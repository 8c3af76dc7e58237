import type { Plugin } from 'vite'
import { MODULE_PATH_SUFFIX, writeModuleScript } from './module-path-script.mjs'

const PREFIX = '\0module-path:'

/**
 * electron-vite's `import path from './worker?modulePath'` for tests: the path of a script that
 * runs the worker's source (module-path-script.mjs). Main's code creates its workers exactly as
 * it does in the app.
 */
export function modulePathFromSource(root: string): Plugin {
  return {
    name: 'orgscope:module-path-from-source',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(MODULE_PATH_SUFFIX)) return null
      const resolved = await this.resolve(source.slice(0, -MODULE_PATH_SUFFIX.length), importer, {
        skipSelf: true
      })
      return resolved && `${PREFIX}${resolved.id}`
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null
      return `export default ${JSON.stringify(writeModuleScript(root, id.slice(PREFIX.length)))}`
    }
  }
}
