// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * "Article written by Ana Diaz" over a "---" rule is a setext heading in Markdown, but it is the
 * post's byline: the writer's credit, never a team (h131's sweep of real team pages, 2026-12-06:
 * a blog post listing a project's teams ended on a byline imported as one more team).
 */
const teamNames = (markdown: string): string[] =>
  imported(markdown, { file: 'teams.md' }).catalog.divisions.flatMap((division) => [
    ...division.teams.map((team) => team.name),
    ...division.groups.flatMap((group) => group.teams.map((team) => team.name))
  ])

const page = `# Teams

---

### Planning

The Planning Team organizes meetings and answers questions from team members.

---

### Frontend

The Frontend Team builds the interfaces of the platform in TypeScript.

---

### Gateway

The Gateway Team builds the authentication between the frontend and the services.

---
Article written by [Ana Diaz]()
---
`

describe('a byline written as a heading', () => {
  it('is not a team', () => {
    const names = teamNames(page)
    expect(names.some((name) => /written by/iu.test(name))).toBe(false)
    expect(names).toEqual(['Planning', 'Frontend', 'Gateway'])
  })

  it('is not a team in its other spellings', () => {
    for (const byline of ['Written by Ana Diaz', 'Posted by Ana Diaz', 'Author: Ana Diaz']) {
      const names = teamNames(page.replace('Article written by [Ana Diaz]()', byline))
      expect(names).toEqual(['Planning', 'Frontend', 'Gateway'])
    }
  })
})
