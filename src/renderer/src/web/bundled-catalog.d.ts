/** The bundled catalog, normalized when the browser build is built (scripts/bundled-catalog-plugin.ts). */
declare module 'virtual:bundled-catalog' {
  import type { Catalog } from '../../../shared/catalog/catalog'
  const catalog: Catalog
  export default catalog
}
