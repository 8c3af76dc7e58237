import { chartGeometry } from '../../../src/renderer/src/graph/chart-geometry'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { layoutTree } from '../../../src/shared/layout/layout-tree'
import { syntheticCatalogYaml } from '../../../src/shared/synth/synthetic-catalog'
import { buildOrgTree } from '../../../src/shared/tree/org-tree'

/**
 * A seeded synthetic catalog with every team expanded, laid out in compact columns, and the
 * chart geometry the level-of-detail renderers draw from. (Not tests/fixtures/catalog's
 * loadCatalog: these tests typecheck as renderer code, without Node's types.)
 */
export function makeSyntheticChart(options: { teams: number; seed: number }) {
  const result = loadCatalogText(syntheticCatalogYaml(options), 'synthetic.yaml')
  if (!result.ok) throw new Error(result.errors[0].message)
  const catalog = result.value
  const layout = layoutTree(buildOrgTree(catalog, new Set()), catalog, { kind: 'compact' })
  return { catalog, layout, geometry: chartGeometry(layout) }
}
