// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { scoreGuide } from '../../../src/shared/import/score-guide'
import type { PairScore } from '../../../src/shared/technology/score-pairs'
import { TechnologyDictionary } from '../../../src/shared/technology/technology-dictionary'
import {
  AMBIGUOUS_WORDS,
  EIGHTEENF_INFRASTRUCTURE,
  GITLAB_FOUNDATIONS,
  GITLAB_OBSERVABILITY,
  GOVUK_PLATFORM_ENGINEERING,
  HANDSHAKE_WHO_WE_ARE,
  KUBERNETES_SIG_INSTRUMENTATION,
  OPEN_CONTRACTING_PREFERENCES,
  POSTHOG_PIPELINE,
  SEED_GUIDE,
  SOURCEGRAPH_DISTRIBUTION,
  type LabelledTeamPage,
  type LabelledText
} from '../../fixtures/recognition/labelled-texts'

/** The goal of issue 15: 80% of the stated pairs found, at most 10% false pairs. */
const RECALL_FLOOR = 0.8
const FALSE_CEILING = 0.1

function report(text: LabelledText, score: PairScore): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`
  const list = (pairs: PairScore['misses']) =>
    pairs.map((p) => `${p.team}: ${p.technology}`).join('; ') || 'none'
  return [
    `${text.name}: recall ${pct(score.recall)} (${score.correct}/${score.expected}), false pairs ${pct(score.falseRate)} (${score.found - score.correct}/${score.found})`,
    `  misses: ${list(score.misses)}`,
    `  false hits: ${list(score.falseHits)}`
  ].join('\n')
}

describe('technology recognition on labelled texts', () => {
  // The importer as `orgscope import` runs it on a guide, with no registry to lean on.
  for (const text of [SEED_GUIDE, AMBIGUOUS_WORDS]) {
    it(`finds at least 80% of the pairs in ${text.name}, at most 10% false`, () => {
      const score = scoreGuide(text.markdown, text.expected)
      console.log(report(text, score))
      expect(score.recall).toBeGreaterThanOrEqual(RECALL_FLOOR)
      expect(score.falseRate).toBeLessThanOrEqual(FALSE_CEILING)
    })
  }

  it('scores both together above the floors', () => {
    const scores = [SEED_GUIDE, AMBIGUOUS_WORDS].map((text) =>
      scoreGuide(text.markdown, text.expected)
    )
    const correct = scores.reduce((sum, s) => sum + s.correct, 0)
    const expected = scores.reduce((sum, s) => sum + s.expected, 0)
    const found = scores.reduce((sum, s) => sum + s.found, 0)
    console.log(
      `all labelled texts: recall ${((correct / expected) * 100).toFixed(1)}%, false pairs ${(((found - correct) / found) * 100).toFixed(1)}%`
    )
    expect(correct / expected).toBeGreaterThanOrEqual(RECALL_FLOOR)
    expect((found - correct) / found).toBeLessThanOrEqual(FALSE_CEILING)
  })
})

/**
 * A team's own page scored by recognition alone: the text as a whole, prose throughout (no stack
 * list to lean on), the organisation known. Names labelled "either" count neither way.
 */
function scoreTeamPage(page: LabelledTeamPage) {
  const dictionary = new TechnologyDictionary()
  dictionary.setOrganization(page.organization)
  const found = new Set(dictionary.find(page.markdown).map((match) => match.name))
  const misses = page.expected.filter((name) => !found.has(name))
  const counted = [...found].filter((name) => !page.either.includes(name))
  const falseHits = counted.filter((name) => !page.expected.includes(name))
  const correct = page.expected.length - misses.length
  // A page that states no pair (it tests what must not become one) has nothing to miss.
  const recall = page.expected.length === 0 ? 1 : correct / page.expected.length
  const falseRate = counted.length === 0 ? 0 : falseHits.length / counted.length
  const line = [
    `${page.name}: recall ${(recall * 100).toFixed(1)}% (${correct}/${page.expected.length}), false ${(falseRate * 100).toFixed(1)}% (${falseHits.length}/${counted.length})`,
    `  misses: ${misses.join(', ') || 'none'}`,
    `  false hits: ${falseHits.join(', ') || 'none'}`
  ].join('\n')
  return {
    recall,
    falseRate,
    line,
    correct,
    expected: page.expected.length,
    counted: counted.length
  }
}

describe('technology recognition on real team pages', () => {
  // Measured levels (a change that scores lower fails). GitLab Foundations' last miss is
  // Teleport, now a landscape name that is a word first ("teleport"): it needs a technical
  // context the page's line does not give.
  const FLOORS = [
    // 10/12 with the CNCF landscape (Tanka), 11/12 with the reviewed names (Helmfile).
    { page: GITLAB_FOUNDATIONS, recall: 11 / 12, falseRate: 0 },
    { page: GITLAB_OBSERVABILITY, recall: 1, falseRate: 0 },
    // Dhall: linguist knows it, but no other data set does, so it stays out (see build-dictionary).
    { page: SOURCEGRAPH_DISTRIBUTION, recall: 6 / 7, falseRate: 0 },
    // InVision: the logo sets draw it, but the review pass left it out (a judgement call that
    // kept Zeplin); not added after this page was read, so the page stays a fair check.
    { page: EIGHTEENF_INFRASTRUCTURE, recall: 8 / 9, falseRate: 0 },
    // Salesforce is misspelt ("Salesfoce"); QuickBooks and Fabric (`fab`, its command) are in no
    // data set. Labelled before the recognizer was run on it: 8/11, 0 false.
    { page: HANDSHAKE_WHO_WE_ARE, recall: 8 / 11, falseRate: 0 },
    // No pair: first run 3 false of 3 (Red Hat after a linked handle, "GitHub Teams:" in the
    // contact list, Prometheus from the "prometheus-adapter" subproject), 0 since.
    { page: KUBERNETES_SIG_INSTRUMENTATION, recall: 1, falseRate: 0 },
    // Sentry, an everyday word, is named in a bare list item ("Cleaning up Sentry") with no
    // technical context. Labelled before the recognizer ran on it: 3/4, 0 false.
    { page: POSTHOG_PIPELINE, recall: 3 / 4, falseRate: 0 },
    // Labelled before the recognizer ran on it: 3/3, 0 false.
    { page: GOVUK_PLATFORM_ENGINEERING, recall: 1, falseRate: 0 },
    // Bytemark, Make and reStructuredText are in no data set. Labelled before the recognizer ran
    // on it: 17/25, 0 false; 21/25 once a product's long name was no person's and a tool list
    // item named its tool; 22/25 once names of several words were also read written as one
    // ("ReadTheDocs").
    { page: OPEN_CONTRACTING_PREFERENCES, recall: 22 / 25, falseRate: 0 }
  ]
  for (const { page, recall, falseRate } of FLOORS) {
    it(`keeps ${page.name} at its measured recall and false pairs`, () => {
      const score = scoreTeamPage(page)
      console.log(score.line)
      expect(score.recall).toBeGreaterThanOrEqual(recall - 1e-9)
      expect(score.falseRate).toBeLessThanOrEqual(falseRate)
    })
  }

  it('scores the real team pages together', () => {
    const scores = FLOORS.map(({ page }) => scoreTeamPage(page))
    const sum = (pick: (score: (typeof scores)[number]) => number) =>
      scores.reduce((total, score) => total + pick(score), 0)
    const [correct, expected, counted] = [
      sum((s) => s.correct),
      sum((s) => s.expected),
      sum((s) => s.counted)
    ]
    console.log(
      `real team pages: recall ${((correct / expected) * 100).toFixed(1)}% (${correct}/${expected}), false ${(((counted - correct) / counted) * 100).toFixed(1)}% (${counted - correct}/${counted})`
    )
    // Issue 15's goal, met on these pages: at least 80% found, at most 10% false.
    expect(correct / expected).toBeGreaterThanOrEqual(0.8)
    expect((counted - correct) / counted).toBeLessThanOrEqual(0.1)
  })
})
