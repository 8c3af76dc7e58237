// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fieldOf, headerField } from '../../../src/shared/import/column-fields'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

describe('a column header no synonym list names', () => {
  it('is read by its last noun', () => {
    expect(fieldOf('Product team')).toBe('team')
    expect(fieldOf('Owning squad')).toBe('team')
    expect(fieldOf('Main technologies used')).toBe('stack')
    expect(fieldOf('Languages & frameworks')).toBe('stack')
    expect(fieldOf('Short description')).toBe('description')
    expect(fieldOf('Engineering managers')).toBe('lead')
  })

  it('says nothing for a header of something else', () => {
    expect(fieldOf('GitHub')).toBeUndefined()
    expect(fieldOf('Owner')).toBeUndefined()
    expect(fieldOf('Teams we work with most often in the company')).toBeUndefined()
  })

  it('drops an aside in parentheses in a markdown table', () => {
    expect(headerField('Tech stack (main)')).toBe('stack')
  })
})

describe('a markdown table of teams headed in other words', () => {
  it('reads its rows as teams with their stack', () => {
    const plan = imported(`# Acme Engineering

| Product team | What they do | Main technologies used |
| --- | --- | --- |
| Checkout | Payments and the basket | Kotlin, PostgreSQL |
| Search | Finding products | Go, Elasticsearch |
`)
    expect(fileTeams(plan.catalog).map((team) => [team.name, team.stack])).toEqual([
      ['Checkout', ['Kotlin', 'PostgreSQL']],
      ['Search', ['Go', 'Elasticsearch']]
    ])
  })
})
