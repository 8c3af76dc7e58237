// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readBlocks, type Span } from '../../../src/shared/import/markdown-blocks'
import { sentenceProjects } from '../../../src/shared/import/sentence-projects'

const AT = { line: 1, column: 1 }

function spansOf(markdown: string): Span[] {
  const [block] = readBlocks(markdown)
  if (block.kind !== 'paragraph') throw new Error('expected a paragraph')
  return block.inline.spans
}

const projects = (markdown: string, withCurrent = true) =>
  sentenceProjects(spansOf(markdown), AT, withCurrent).map((p) => [p.title, p.status, p.summary])

describe('sentenceProjects', () => {
  it('reads recent and current work from one sentence, split at the second phrase', () => {
    expect(
      projects(
        'The team recently added support for [eBPF sessions](https://x.test/a) and is working on extending monitoring to clusters.'
      )
    ).toEqual([
      ['eBPF sessions', 'recent', 'Recently added support for eBPF sessions.'],
      ['Extending monitoring to clusters', 'current', 'Extending monitoring to clusters.']
    ])
  })

  it('makes one project per linked item of an enumeration, sharing its lead-in', () => {
    expect(
      projects(
        'It has recently added support for [A](https://x.test/a), [B](https://x.test/b), and mitigated issues found in [audits](https://x.test/c).'
      )
    ).toEqual([
      ['A', 'recent', 'Recently added support for A.'],
      ['B', 'recent', 'Recently added support for B.'],
      ['Mitigated issues found in audits', 'recent', 'Mitigated issues found in audits.']
    ])
  })

  it('keeps "X and Y" together when Y cannot stand alone', () => {
    expect(projects('We are currently working on monitoring and access controls.')).toEqual([
      ['Monitoring and access controls', 'current', 'Monitoring and access controls.']
    ])
  })

  it('reads current work only when asked (a list already says it)', () => {
    expect(
      projects('The team is working on search. It recently shipped typo tolerance.', false)
    ).toEqual([['Typo tolerance', 'recent', 'Recently shipped typo tolerance.']])
  })

  it('reads planned work', () => {
    expect(projects('Next quarter the team plans to migrate billing to Postgres.')).toEqual([
      ['Migrate billing to Postgres', 'planned', 'Migrate billing to Postgres.']
    ])
  })

  it('never makes an empty title from a link of punctuation only (found by fuzzing)', () => {
    expect(projects('Platform recently added [:](https://x.test) things')).toEqual([
      ['Things', 'recent', 'Recently added : things.']
    ])
  })

  it('finds nothing in a sentence without such a phrase', () => {
    expect(projects('The team is focused on reliability.')).toEqual([])
  })
})
