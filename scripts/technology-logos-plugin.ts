import type { Plugin } from 'vite'
import { readLogoPath } from '../src/node/technology/logo-files'
import { knownTechnologies } from '../src/shared/technology/dictionary/known-technologies'

/** What the renderer imports logos through (src/renderer/src/technology/logo-store.ts). */
export const TECHNOLOGY_LOGOS_ID = 'virtual:technology-logos'
const RESOLVED_ID = `\0${TECHNOLOGY_LOGOS_ID}`
/** Each logo's module; its chunk is named after the last part, "logo-kubernetes-….js". */
const LOGO_PREFIX = 'virtual:technology-logo/logo-'
const RESOLVED_LOGO_PREFIX = `\0${LOGO_PREFIX}`

/**
 * The technology dictionary's logos for the renderer, one lazy chunk each: `loadLogo(id)` fetches
 * the chunk holding that logo's path data (a few hundred bytes), so a page loads only the logos
 * the chips it draws use, from its own files (never the network), and none before the first
 * chart. The index of ~1,200 loaders is itself a chunk of its own (~12 kB gzipped), imported
 * only once a logo is wanted.
 *
 * Why not `import.meta.glob` over simple-icons/icons/*.svg: that makes a chunk of each of its
 * ~3,500 icons, most of them brands the dictionary leaves out, and an index three times as large.
 * Why not a sprite sent by main: the browser build has no main, and would need a second way.
 */
export function technologyLogos(): Plugin {
  return {
    name: 'orgscope-technology-logos',
    resolveId(id) {
      if (id === TECHNOLOGY_LOGOS_ID) return RESOLVED_ID
      if (id.startsWith(LOGO_PREFIX)) return `\0${id}`
      return undefined
    },
    load(id) {
      if (id === RESOLVED_ID) {
        const ids = [...new Set(knownTechnologies().flatMap((entry) => entry.icon ?? []))]
        const loaders = ids
          .filter((logo) => readLogoPath(logo) !== undefined)
          .sort()
          .map(
            (logo) => `${JSON.stringify(logo)}:()=>import(${JSON.stringify(LOGO_PREFIX + logo)})`
          )
        return (
          `const loaders={${loaders.join(',')}};` +
          'export function loadLogo(id){' +
          'return Object.hasOwn(loaders,id)?loaders[id]().then((m)=>m.default):Promise.resolve(undefined)}'
        )
      }
      if (id.startsWith(RESOLVED_LOGO_PREFIX)) {
        const path = readLogoPath(id.slice(RESOLVED_LOGO_PREFIX.length))
        if (path === undefined) this.error(`no logo ${id.slice(RESOLVED_LOGO_PREFIX.length)}`)
        return `export default ${JSON.stringify(path)}`
      }
      return undefined
    }
  }
}
