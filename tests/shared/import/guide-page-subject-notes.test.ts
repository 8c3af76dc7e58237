import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'

const TEAMS = ['Payments', 'Search', 'Billing', 'Identity', 'Storage', 'Mobile']

/** Six teams that all deploy on Kubernetes; the first two list it in a stack line. */
function guide(stacks: number): string {
  const sections = TEAMS.map(
    (team, i) =>
      `## ${team}\n\nThe ${team} team builds the ${team.toLowerCase()} service and deploys it on Kubernetes.\n\n` +
      (i < stacks
        ? 'Stack: Kubernetes, Go, PostgreSQL\n'
        : `- Project: the ${team.toLowerCase()} API\n`)
  )
  return `# Acme Engineering\n\n${sections.join('\n')}`
}

function read(stacks: number) {
  const result = importGuide(guide(stacks), { file: 'acme.md' })
  if (!result.ok) throw new Error('the guide did not import')
  const teams = result.value.catalog.divisions.flatMap((division) => division.teams)
  const notes = result.value.notes.map((note) => note.message).filter((m) => /most teams/.test(m))
  return { teams, notes }
}

// QA (q29): the note said "read as the product they work on" while every stack kept Kubernetes.
describe('a technology most teams of a page name', () => {
  it('says it is kept in the stacks that list it, when some do', () => {
    const { teams, notes } = read(2)
    expect(teams.filter((team) => team.stack.includes('Kubernetes'))).toHaveLength(2)
    expect(notes).toEqual([
      '"Kubernetes" is mentioned by most teams: kept where a team\'s stack lists it, not added for the teams that only mention it'
    ])
  })

  it('says it is read as the product they work on, when no stack lists it', () => {
    const { teams, notes } = read(0)
    expect(teams.some((team) => team.stack.includes('Kubernetes'))).toBe(false)
    expect(notes).toEqual([
      '"Kubernetes" is mentioned by most teams: read as the product they work on, not a technology of each'
    ])
  })
})
