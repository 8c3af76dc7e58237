// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { nodeBox } from '../../../src/shared/layout/node-box'
import { buildOrgTree, walk } from '../../../src/shared/tree/org-tree'
import type { Catalog } from '../../../src/shared/catalog/catalog'
import { makeCatalog, makeDivision, makeTeam } from '../../fixtures/catalog'

/**
 * A team card's subtitle says what the team lists (session 19: an imported guide that lists no
 * team's projects showed "0 projects" on every card, as if each were missing something).
 */
const subtitles = (catalog: Catalog): string[] =>
  [...walk(buildOrgTree(catalog, new Set()))]
    .filter((node) => node.kind === 'team')
    .map((node) => nodeBox(node, catalog).subtitle)

const project = { title: 'Ledger API', status: 'current' as const }

describe("a team card's subtitle", () => {
  it('counts its projects, else what it is responsible for', () => {
    const catalog = makeCatalog({
      schemaVersion: 2,
      divisions: [
        makeDivision({
          teams: [
            makeTeam({ id: 'ledger', name: 'Ledger', projects: [project] }),
            makeTeam({
              id: 'onboarding',
              name: 'Onboarding',
              responsibilities: ['Sign-up flow', 'Identity checks']
            }),
            makeTeam({ id: 'search', name: 'Search' })
          ]
        })
      ]
    })
    expect(subtitles(catalog)).toEqual(['1 project', '2 responsibilities', '0 projects'])
  })

  it('says nothing of projects on a catalog where no team lists any', () => {
    const catalog = makeCatalog({
      divisions: [makeDivision({ teams: [makeTeam({ id: 'search', name: 'Search' })] })]
    })
    expect(subtitles(catalog)).toEqual([''])
  })
})
