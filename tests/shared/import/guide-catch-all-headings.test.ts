// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/** "Others", "Miscellaneous": what is left over once the named sections are, never a team. */
describe('a catch-all heading', () => {
  const page = (mark: (name: string) => string, last: string): string => `# Harbor Works Engineering

## Teams

${mark('Billing')}

- Ana Ruiz, tech lead
- Ben Cole, engineer

${mark('Search')}

- Cai Dunn, tech lead
- Dov Ekberg, engineer

${mark(last)}

- Eva Fox, designer
- Gil Hart, writer
`

  it("over people beside teams' bold lines is no team", () => {
    const plan = imported(page((name) => `**${name}**`, 'Others'))
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Billing', 'Search'])
  })

  it("over people beside teams' headings is no team", () => {
    const plan = imported(page((name) => `### ${name}`, 'Miscellaneous'))
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Billing', 'Search'])
  })
})
