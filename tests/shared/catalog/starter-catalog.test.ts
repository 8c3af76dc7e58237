// @vitest-environment node
import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { allTeams } from '../../../src/shared/catalog/all-teams'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { STARTER_CATALOG_YAML } from '../../../src/shared/catalog/starter-catalog'

describe('the starter catalog', () => {
  it('loads through the real loader: 1 division, 2 teams, a small registry', () => {
    const result = loadCatalogText(STARTER_CATALOG_YAML, 'catalog.yaml')
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.value.divisions).toHaveLength(1)
    expect(allTeams(result.value)).toHaveLength(2)
    expect(result.value.technologies.length).toBeGreaterThanOrEqual(3)
    expect(result.value.technologies.length).toBeLessThanOrEqual(8)
  })

  it('shows every status a team and a project can have', () => {
    const result = loadCatalogText(STARTER_CATALOG_YAML, 'catalog.yaml')
    if (!result.ok) throw new Error('starter catalog does not load')
    const teams = allTeams(result.value)
    expect(new Set(teams.map((t) => t.status))).toEqual(new Set(['active', 'forming']))
    expect(new Set(teams.flatMap((t) => t.projects.map((p) => p.status)))).toEqual(
      new Set(['current', 'recent', 'planned'])
    )
  })

  it('explains each field in a comment', () => {
    const comments = STARTER_CATALOG_YAML.split('\n')
      .filter((line) => line.trim().startsWith('#'))
      .join('\n')
    for (const field of [
      'schemaVersion',
      'name',
      'summary',
      'source',
      'aliases',
      'category',
      'description',
      'id',
      'status',
      'stack',
      'mentions',
      'links'
    ]) {
      expect(comments, field).toMatch(new RegExp(`\\b${field}\\b`, 'i'))
    }
    // Real comments, not text inside values: dropping them leaves the same data.
    const withoutComments = STARTER_CATALOG_YAML.split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .join('\n')
    expect(parseDocument(withoutComments).toJS()).toEqual(
      parseDocument(STARTER_CATALOG_YAML).toJS()
    )
  })
})
