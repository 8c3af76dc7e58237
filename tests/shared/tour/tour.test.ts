// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { tourSteps } from '../../../src/shared/tour/tour'
import { loadTeleportCatalog } from '../../fixtures/catalog'

describe('tourSteps', () => {
  const catalog = loadTeleportCatalog()
  const steps = tourSteps(catalog)

  it('visits the company, then each division followed by its teams, in catalog order', () => {
    const expected = [
      'company',
      ...catalog.divisions.flatMap((d) => [
        `division:${d.id}`,
        ...d.teams.map((t) => `team:${t.id}`)
      ])
    ]
    expect(steps.map((s) => s.id)).toEqual(expected)
    expect(steps).toHaveLength(1 + 2 + 13)
    expect(steps[1]).toMatchObject({ title: 'Core', context: '9 teams' })
    expect(steps[2]).toMatchObject({
      title: 'Server and Kubernetes Access',
      context: 'Core · 1 of 9'
    })
  })

  it('captions each stop with its summary and says when a team is still forming', () => {
    expect(steps.every((s) => s.caption.length > 0)).toBe(true)
    expect(steps.find((s) => s.id === 'team:cloud-tools')?.caption).toMatch(/forming/)
  })
})
