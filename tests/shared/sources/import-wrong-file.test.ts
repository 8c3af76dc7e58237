import { describe, expect, it } from 'vitest'
import { importBackstage } from '../../../src/shared/import/backstage/import-backstage'
import { importFormatOf } from '../../../src/shared/import/import-format'
import { IMPORT_EXTENSIONS } from '../../../src/shared/sources/import-extensions'
import { importSource } from '../../../src/shared/sources/import-source'

// QA (q29): a binary file renamed .md was "no teams found: the guide has no headings"; renamed
// .csv, its noise became columns to choose; an OrgScope catalog given to Import… was "no Group
// entities", as if it were a Backstage catalog gone wrong.
describe('a file the importers should not read', () => {
  it('says a binary file is not text, where its first NUL is, whatever its extension', () => {
    const binary = '# Acme\n\nPK\u0003\u0004\u0014\u0000\u0008\u0000 more bytes'
    for (const file of ['guide.md', 'teams.csv', 'notes.mdx']) {
      const result = importSource(binary, file)
      expect(result.ok, file).toBe(false)
      if (result.ok) continue
      expect(result.errors).toEqual([
        expect.objectContaining({
          file,
          line: 3,
          column: 6,
          message: 'the file holds a NUL character (U+0000): it reads as binary, not text'
        })
      ])
      expect(result.errors[0].hint).toMatch(/is this a text file\?/u)
    }
  })

  it('sends an OrgScope catalog to Open…, at its version line', () => {
    const catalog = [
      '# Our org',
      'schemaVersion: 2',
      'company:',
      '  name: Acme',
      'divisions:',
      '  - id: core',
      '    name: Core',
      '    teams: []'
    ].join('\n')
    const result = importSource(catalog, 'org.yaml', {}, 'backstage')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'org.yaml',
        line: 2,
        column: 1,
        message: 'this is an OrgScope catalog, not a Backstage catalog: it needs no import'
      })
    ])
    expect(result.errors[0].hint).toMatch(/Open…/u)
  })

  // QA (q30): the folder's first catalog in name order was named, not the file given.
  it('names the catalog it was given, not another one beside it in the folder', () => {
    const catalog = (name: string) =>
      `schemaVersion: 2\ncompany:\n  name: ${name}\ndivisions:\n  - id: core\n    name: Core\n    teams: []\n`
    const result = importBackstage(
      [
        { path: 'data/examples/alpha.yaml', text: catalog('Alpha') },
        { path: 'data/teleport.yaml', text: `# Teleport\n${catalog('Teleport')}` }
      ],
      { file: 'data/teleport.yaml', entries: ['data/teleport.yaml'] }
    )
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]).toMatchObject({ file: 'data/teleport.yaml', line: 2 })
  })

  it('still says a Backstage file without groups has none', () => {
    const result = importSource(
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\nspec:\n  type: service\n',
      'catalog-info.yaml',
      {},
      'backstage'
    )
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0].message).toMatch(/^no Group entities/u)
  })

  // QA (q30): the README says a page written in HTML is read; import refused "teams.html".
  it('reads a page written in HTML as a team guide, as the README says', () => {
    const page = [
      '<html><body>',
      '<h1>Acme Engineering</h1>',
      '<h2>Payments</h2>',
      '<p>The Payments team owns checkout and billing, in Go and PostgreSQL.</p>',
      '<h2>Search</h2>',
      '<p>The Search team owns the index, built on Elasticsearch.</p>',
      '</body></html>'
    ].join('\n')
    for (const file of ['teams.html', 'teams.htm']) {
      expect(importFormatOf(file)).toBe('markdown')
      const result = importSource(page, file)
      expect(result.ok, file).toBe(true)
      if (result.ok) {
        const teams = result.value.catalog.divisions.flatMap((division) => division.teams)
        expect(teams.map((team) => team.name)).toEqual(['Payments', 'Search'])
      }
    }
    expect(IMPORT_EXTENSIONS).toContain('.html')
  })
})
