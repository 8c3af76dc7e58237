// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'
import { trailingField } from '../../../src/shared/import/team-field'

/**
 * A team's field written as the last sentence of its paragraph, "We own the editor. Stack:
 * TypeScript, ProseMirror." (session 17, the lead's own pages: the stack was only mentioned, and
 * "Lead: Maya Chen." after a list line's description gave no lead).
 */
describe('a field as the last sentence of a paragraph', () => {
  it("gives the team's stack, and the sentences before it its summary", () => {
    const [team] = fileTeams(
      imported(`# Product engineering

## Editor team
We own the rich-text editor. Stack: TypeScript, Node.js.

## Sync team
We own real-time sync. Stack: Rust, PostgreSQL.
`).catalog
    )
    expect(team.stack).toEqual(['TypeScript', 'Node.js'])
    expect(team.summary).toBe('We own the rich-text editor.')
  })

  it("gives a list line's team its lead", () => {
    const teams = fileTeams(
      imported(`# Teams at Quillmate

* **Editor** — the rich-text editor (TypeScript). Lead: Maya Chen.
* **Sync** — real-time sync between devices (Rust). Lead: Omar Haddad.
`).catalog
    )
    expect(teams.map((team) => team.lead?.name)).toEqual(['Maya Chen', 'Omar Haddad'])
  })
})

describe('trailingField', () => {
  it('reads only a field label opening the last sentence', () => {
    expect(trailingField('We ship weekly. Focus: reliability.')).toEqual({
      prose: 'We ship weekly.',
      field: 'Focus: reliability'
    })
    expect(trailingField('We ship weekly. Note: deploys freeze in December.')).toBeUndefined()
    expect(trailingField('Stack: Go, Rust.')).toBeUndefined()
  })
})
