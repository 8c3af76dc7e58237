// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { CorpusEntry, Expected } from './corpus'
import { scoreEntry, type ImportedTeam } from './score-import'

/** A corpus entry with only what the scorer reads. */
function entry(company: Expected['company']): CorpusEntry {
  const expected: Expected = {
    company,
    units: [],
    teams: [
      { name: '18F', path: [], anchor: '18F', technologies: [] },
      { name: 'Centers of Excellence', path: [], anchor: 'Centers', technologies: [] }
    ],
    nonTeamSections: [],
    unassignedTechnologies: []
  }
  return {
    slug: 'offices',
    dir: '',
    meta: { split: 'dev' } as CorpusEntry['meta'],
    expected,
    files: []
  }
}

const underTts: ImportedTeam[] = [
  { name: '18F', path: ['Technology Transformation Services'], technologies: [] },
  { name: 'Centers of Excellence', path: ['Technology Transformation Services'], technologies: [] }
]

describe('teams under the right parent', () => {
  it('counts a top division named as an ambiguous company as the company read one level down', () => {
    const score = scoreEntry(
      entry({
        name: 'Technology Transformation Services',
        aliases: ['TTS'],
        from: 'title',
        evidence: '# Technology Transformation Services',
        ambiguous: true
      }),
      underTts
    )
    expect(score.rightParent).toBe(2)
  })

  it('does not when the label is sure of the company', () => {
    const score = scoreEntry(
      entry({
        name: 'Technology Transformation Services',
        from: 'title',
        evidence: '# Technology Transformation Services'
      }),
      underTts
    )
    expect(score.rightParent).toBe(0)
  })
})
