import { describe, expect, it } from 'vitest'
import { withoutTeamsOwnName } from '../../../src/shared/import/team-own-name'

describe("withoutTeamsOwnName: a team's own name said as its name", () => {
  it('blanks the name before "team", "group" or "squad", whatever its case, keeping offsets', () => {
    const text = 'The gitaly Team builds Gitaly. Ask the Gitaly squads or GITALY group.'
    const blanked = withoutTeamsOwnName(text, 'Gitaly team')
    expect(blanked).toBe('The        Team builds Gitaly. Ask the        squads or        group.')
    expect(blanked).toHaveLength(text.length)
  })

  it('keeps the name inside a longer word or not said as a team', () => {
    expect(withoutTeamsOwnName('The MyGit team and Git teamwork use Git.', 'Git')).toBe(
      'The MyGit team and Git teamwork use Git.'
    )
    expect(withoutTeamsOwnName('The éGit team.', 'Git')).toBe('The éGit team.')
  })

  it('reads a heading\'s "The"/"SIG" and trailing "team" off the name first', () => {
    expect(withoutTeamsOwnName('SIG Node team meets weekly.', 'SIG Node')).toBe(
      'SIG      team meets weekly.'
    )
    expect(withoutTeamsOwnName('The Kafka team runs Kafka.', 'The Kafka Team')).toBe(
      'The       team runs Kafka.'
    )
  })

  it('finds a said name that overlaps an earlier occurrence which was not', () => {
    expect(withoutTeamsOwnName('a a a team', 'a a')).toBe('a     team')
  })

  it('keeps a text whose lower case has another length as it is', () => {
    expect(withoutTeamsOwnName('İstanbul: the Go team.', 'Go')).toBe('İstanbul: the Go team.')
  })

  it('keeps names that are regular-expression syntax literal', () => {
    expect(withoutTeamsOwnName('The C++ team and the C team.', 'C++')).toBe(
      'The     team and the C team.'
    )
  })
})
