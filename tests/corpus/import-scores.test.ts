// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../src/shared/import/import-guide'
import { loadCorpus } from './corpus'
import { importedTeams } from './imported-teams'
import { scoreEntry, scoreTable, totals, type EntryScore } from './score-import'

const markdown = loadCorpus().filter((entry) => entry.meta.format === 'markdown')

function score(): EntryScore[] {
  return markdown.map((entry) => {
    const [file] = entry.files
    const result = importGuide(file.text, { file: `${entry.slug}.md` })
    return scoreEntry(entry, result.ok ? importedTeams(result.value) : [])
  })
}

/**
 * The floors are today's measured levels (issue 14's goals are 90% of teams under the right
 * parent, at most one non-team section made a team per document, 80% of pairs with at most
 * 10% false): a change that scores lower fails here. Raise them when the importer improves.
 * Rules are developed on dev documents only; the held-out numbers are the honest ones.
 */
const FLOORS = {
  // Measured: 88/88 teams under the right parent, 0 non-team sections made teams, 24/25 pairs, 1/25 false.
  dev: { rightParent: 1, worstNonTeamMade: 0, pairsFound: 0.96, falseRate: 0.04 },
  // Measured once on the held-out set of 2026-12-05 (its eight markdown documents, aggregate
  // numbers only): 9/34 teams under the right parent, at most 1 non-team section made a team per
  // document (1 in all), 12/28 pairs found, 24/36 pairs false. Until the seven former held-out
  // documents (8 non-team sections made teams, at most 3 in one) leave the split for dev, the
  // split scores 42/98, at most 3, 38/69 and 42/80: worstNonTeamMade stays 3 until they have
  // moved, then drops to 1; the other floors hold in both states.
  heldout: { rightParent: 0.26, worstNonTeamMade: 3, pairsFound: 0.42, falseRate: 0.67 }
}

describe('the markdown importer on the corpus of real documents', () => {
  const scores = score()
  console.log(scoreTable(scores))
  // Details for dev documents only: held-out ones are scored, never read for rules.
  for (const s of scores.filter((entry) => entry.split === 'dev')) {
    if (s.misplaced.length + s.missing.length + s.extras.length === 0) continue
    console.log(
      `${s.slug}: missing ${s.missing.join(', ') || 'none'}; misplaced ${s.misplaced.join('; ') || 'none'}; extra ${s.extras.join(', ') || 'none'}`
    )
  }

  for (const split of ['dev', 'heldout'] as const) {
    it(`keeps the ${split} scores at or above the measured floors`, () => {
      const t = totals(scores.filter((s) => s.split === split))
      console.log(`${split}: ${JSON.stringify(t)}`)
      const floor = FLOORS[split]
      expect(t.rightParent / t.teams).toBeGreaterThanOrEqual(floor.rightParent)
      expect(t.worstNonTeamMade).toBeLessThanOrEqual(floor.worstNonTeamMade)
      expect(t.pairs === 0 ? 1 : t.pairsFound / t.pairs).toBeGreaterThanOrEqual(floor.pairsFound)
      expect(t.pairsMade === 0 ? 0 : t.falsePairs / t.pairsMade).toBeLessThanOrEqual(
        floor.falseRate
      )
    })
  }
})
