import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { loadCatalogText } from '../src/shared/catalog/load'

/** What the browser build imports the bundled catalog as. */
export const BUNDLED_CATALOG_ID = 'virtual:bundled-catalog'
const RESOLVED_ID = `\0${BUNDLED_CATALOG_ID}`

/**
 * The browser build's bundled catalog (data/teleport.yaml), loaded when the page is built, by the
 * same pipeline main runs when the app starts (parse, validate, normalize), and shipped as the
 * normalized catalog: `export default` a Catalog, plain JSON data.
 *
 * So the page draws its first chart without the YAML parser and the validator, which it fetches
 * only when another catalog is opened (web/load-in-page.ts). A bundled catalog that does not load
 * fails the build, with each problem at its file:line:column, instead of shipping.
 *
 * The page preloads its chunk (`<link rel="modulepreload">`), so it arrives with the page's own
 * script rather than one round trip after it (src/renderer/src/web/main.tsx waits for it to
 * draw the chart in React's first render).
 */
export function bundledCatalog(file = 'data/teleport.yaml'): Plugin {
  return {
    name: 'orgscope-bundled-catalog',
    resolveId: (id) => (id === BUNDLED_CATALOG_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      const path = resolve(file)
      this.addWatchFile(path)
      const loaded = loadCatalogText(readFileSync(path, 'utf8'), basename(path))
      if (!loaded.ok) {
        const problems = loaded.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)
        this.error(`the bundled catalog does not load:\n${problems.join('\n')}`)
      }
      // JSON.parse of a string: faster for the engine than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(loaded.value))})`
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) =>
        Object.values(bundle ?? {})
          .filter((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId === RESOLVED_ID)
          .map((chunk) => ({
            tag: 'link',
            // Module scripts are fetched in CORS mode, as the page's own script tag says.
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${chunk.fileName}` },
            injectTo: 'head'
          }))
    }
  }
}
