// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { chipLogoWidth, nodeBox } from '../../../src/shared/layout/node-box'
import { buildOrgTree, walk } from '../../../src/shared/tree/org-tree'
import { makeCatalog, makeDivision, makeTeam } from '../../fixtures/catalog'

describe('chips of technologies with a logo', () => {
  it('keep room for the logo before the name, and only those', () => {
    // Go and Kubernetes have logos (catalog icon); Ledgerly, an in-house tool, has none.
    const catalog = makeCatalog({
      technologies: [
        { name: 'Go', category: 'language' },
        { name: 'Golang Tools', category: 'tooling' },
        { name: 'Ledgerly', category: 'tooling' }
      ],
      divisions: [
        makeDivision({
          teams: [makeTeam({ id: 'api', stack: ['Go', 'Ledgerly', 'Golang Tools'] })]
        })
      ]
    })
    expect(catalog.technologies.map((t) => t.icon)).toEqual(['go', undefined, undefined])
    const team = [...walk(buildOrgTree(catalog, new Set()))].find((node) => node.kind === 'team')!
    const chips = nodeBox(team, catalog).chips
    expect(chips.map((chip) => [chip.name, chip.icon])).toEqual([
      ['Go', 'go'],
      ['Ledgerly', undefined],
      ['Golang Tools', undefined]
    ])
    const plain = makeCatalog({
      technologies: [{ name: 'Go', category: 'language' }],
      divisions: [makeDivision({ teams: [makeTeam({ id: 'api', stack: ['Go'] })] })]
    })
    const withoutLogo = { ...plain, technologies: [{ ...plain.technologies[0], icon: undefined }] }
    const plainTeam = [...walk(buildOrgTree(withoutLogo, new Set()))].find(
      (node) => node.kind === 'team'
    )!
    expect(chips[0].width - nodeBox(plainTeam, withoutLogo).chips[0].width).toBe(chipLogoWidth())
  })
})
