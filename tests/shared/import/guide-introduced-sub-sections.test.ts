// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A section whose text ends by introducing its teams ("Made up of the following three teams:")
 * with no list after it introduces its sub-sections: each is a team, however little it says yet
 * (issue 14, session 15, from the opened sets: a division's page whose group introduced its
 * three teams as sub-headings, two of them only a stub line, which were left out; the five
 * teams beside the group, under the same stub line word for word, were then read as teams no
 * more). Made-up pages in that style.
 */
const page = (stub: string) => `## Teams in Field Operations

### Fleet Services

Made up of the following three teams:

#### Dispatch

We run the dispatch desk and its routing tools for the vans on the road.

#### Repairs

${stub}

#### Parts

${stub}

### Warehousing

${stub}

### Returns

${stub}

### Training

${stub}
`

describe('sub-sections a section introduces as its teams', () => {
  it('reads each as a team of the section, its stub line or not', () => {
    const paths = teamPaths(
      imported(page('Content to come: open a change to describe us.')).catalog
    )
    expect(paths).toEqual(
      expect.arrayContaining([
        'Field Operations > Fleet Services > Dispatch',
        'Field Operations > Fleet Services > Repairs',
        'Field Operations > Fleet Services > Parts'
      ])
    )
  })

  it('reads the sections beside it written word for word as those teams as teams too', () => {
    const paths = teamPaths(
      imported(page('Content to come: open a change to describe us.')).catalog
    )
    expect(paths).toEqual(
      expect.arrayContaining([
        'Field Operations > Warehousing',
        'Field Operations > Returns',
        'Field Operations > Training'
      ])
    )
  })

  it('leaves a sub-section named as a part of the unit a part', () => {
    const own = page('Content to come.').replace(
      '#### Dispatch',
      '#### Mission\n\nKeep every van on the road.\n\n#### Dispatch'
    )
    const paths = teamPaths(imported(own).catalog)
    expect(paths.some((path) => path.endsWith('Mission'))).toBe(false)
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Dispatch$/u),
        expect.stringMatching(/Repairs$/u)
      ])
    )
  })

  it('reads no sub-section as introduced when a list follows the sentence', () => {
    const listed = `## Field Operations

### Fleet Services

Made up of the following teams:

- Dispatch: the dispatch desk
- Repairs: the workshop

#### Notes

Some notes on how the teams hand work over.
`
    const paths = teamPaths(imported(listed).catalog)
    expect(paths.some((path) => path.endsWith('Notes'))).toBe(false)
  })
})
