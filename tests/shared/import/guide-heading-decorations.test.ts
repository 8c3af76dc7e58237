// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'
import { cleanName } from '../../../src/shared/import/outline'

/**
 * Headings as handbooks decorate them (session 17, the lead's own pages): a number for the
 * section's place, an emoji before or after the name, and a title saying whose teams the page
 * lists ("Engineering teams at Kestrel").
 */
const page = (title: string, heading: (name: string, i: number) => string) => `# ${title}

## ${heading('Payments', 1)}

Owns checkout and refunds. We use Go and PostgreSQL.

## ${heading('Search', 2)}

Product search and ranking, built on Elasticsearch and Python.

## ${heading('Mobile', 3)}

iOS and Android apps in Swift and Kotlin.
`

const names = (markdown: string) => fileTeams(imported(markdown).catalog).map((team) => team.name)

describe('decorated team headings', () => {
  it('name the team without its emoji', () => {
    expect(names(page('Our teams', (name, i) => `${['💳', '🔍', '📱'][i - 1]} ${name}`))).toEqual([
      'Payments',
      'Search',
      'Mobile'
    ])
    expect(names(page('Our teams', (name) => `${name} 🚀`))).toEqual([
      'Payments',
      'Search',
      'Mobile'
    ])
  })

  it('name the team without its number', () => {
    expect(names(page('Our teams', (name, i) => `${i}. ${name}`))).toEqual([
      'Payments',
      'Search',
      'Mobile'
    ])
  })
})

describe('a title naming the teams of an organization', () => {
  it('lists them, every section a team, and names the company', () => {
    for (const title of ['Engineering teams at Kestrel', 'Meet the teams at Kestrel']) {
      const plan = imported(page(title, (name) => name))
      expect(plan.catalog.company.name).toBe('Kestrel')
      expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
        'Payments',
        'Search',
        'Mobile'
      ])
    }
  })
})

describe('cleanName', () => {
  it('keeps a number the name begins with, and emoji inside it', () => {
    expect(cleanName('3D Printing')).toBe('3D Printing')
    expect(cleanName('2024 Roadmap')).toBe('2024 Roadmap')
    expect(cleanName('3.1 Mobile')).toBe('Mobile')
    expect(cleanName('2) Search')).toBe('Search')
    expect(cleanName('I ❤️ Rust')).toBe('I ❤️ Rust')
  })

  it('leaves out a site’s address after a bar, keeping a name that has a dot or a bar of its own', () => {
    expect(cleanName('Tidewater Standards Body | tidewater.org')).toBe('Tidewater Standards Body')
    expect(cleanName('Fernhill · www.fernhill.dev')).toBe('Fernhill')
    expect(cleanName('Node.js')).toBe('Node.js')
    expect(cleanName('Search | Ranking')).toBe('Search | Ranking')
  })
})
