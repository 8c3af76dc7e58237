// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { CatalogFile, Group } from '../../src/shared/catalog/schema'
import { validateCatalog } from '../../src/shared/catalog/validate'
import { importBackstage } from '../../src/shared/import/backstage/import-backstage'
import type { ImportPlan, OutlineEntry } from '../../src/shared/import/import-plan'
import { scorePairs, type TechnologyPair } from '../../src/shared/technology/score-pairs'
import { loadCorpus, type CorpusEntry } from './corpus'

/**
 * Scores the Backstage importer on the corpus's Backstage catalogs (the importer was written from
 * Backstage's descriptor-format docs and fixtures of our own). Issue 14's goal for a structured
 * source: imported exactly (every team, under its parent, no other), technology–team pairs at
 * least 80% found with at most 10% false, unknown tags reported. Dev catalogs are held to that
 * goal with details on failure; held-out ones to the levels measured when they were added, by
 * counts only, so that a failure names no team or technology of a held-out document.
 */
const entries = loadCorpus().filter((entry) => entry.meta.format === 'backstage-folder')
const dev = entries.filter((entry) => entry.meta.split === 'dev')
const heldout = entries.filter((entry) => entry.meta.split === 'heldout')

type Team = CatalogFile['divisions'][number]['teams'][number]

/**
 * Every team with the names of the divisions and groups above it, outermost first. A division
 * the importer made up (the "Engineering" it puts teams with no division in) is no unit of the
 * catalog: it is left out of the path, as the labels never name a unit the catalog does not
 * (imported-teams.ts does the same for guides).
 */
function teamsWithPaths(plan: ImportPlan): { team: Team; path: string[] }[] {
  const units = new Set<string>()
  const collect = (entries: OutlineEntry[]): void => {
    for (const entry of entries) {
      if (entry.role === 'division') units.add(entry.label)
      collect(entry.children)
    }
  }
  collect(plan.outline)
  const out: { team: Team; path: string[] }[] = []
  const walk = (path: string[], teams: Team[], groups: Group[] | undefined): void => {
    for (const team of teams) out.push({ team, path })
    for (const group of groups ?? []) walk([...path, group.name], group.teams, group.groups)
  }
  for (const division of plan.catalog.divisions) {
    walk(units.has(division.name) ? [division.name] : [], division.teams, division.groups)
  }
  return out
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

function score(entry: CorpusEntry) {
  const result = importBackstage(entry.files, { file: entry.slug })
  if (!result.ok)
    throw new Error(result.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n'))
  const { catalog, notes, locate } = result.value
  const { expected } = entry
  const found = teamsWithPaths(result.value)
  const names = (t: { name: string; aliases?: string[] }) => [t.name, ...(t.aliases ?? [])]
  const unitNames = (name: string) => {
    const unit = expected.units.find((u) => names(u).some((n) => same(n, name)))
    return unit ? names(unit) : [name]
  }
  const pathMatches = (got: string[], want: string[]) =>
    got.length === want.length &&
    got.every((name, i) => unitNames(want[i]).some((n) => same(n, name)))
  const matchOf = (team: (typeof expected.teams)[number]) =>
    found.find(({ team: t }) => names(team).some((n) => same(n, t.name)))
  const underRightParent = expected.teams.filter((team) => {
    const match = matchOf(team)
    return match && [team.path, ...(team.altPaths ?? [])].some((p) => pathMatches(match.path, p))
  })
  const extraTeams = found.filter(
    ({ team }) => !expected.teams.some((t) => names(t).some((n) => same(n, team.name)))
  )
  // As for guides (score-import.ts): an ambiguous pair counts neither for nor against.
  const wanted: TechnologyPair[] = expected.teams.flatMap((team) =>
    team.technologies
      .filter((pair) => !pair.ambiguous)
      .map((pair) => ({ team: team.name, technology: pair.name }))
  )
  const ambiguous = (team: string, technology: string) =>
    expected.teams.some(
      (t) =>
        same(t.name, team) &&
        t.technologies.some((pair) => pair.ambiguous && same(pair.name, technology))
    )
  const got: TechnologyPair[] = found.flatMap(({ team }) => {
    const label =
      expected.teams.find((t) => names(t).some((n) => same(n, team.name)))?.name ?? team.name
    return [
      ...new Set([...team.stack, ...team.mentions, ...team.projects.flatMap((p) => p.technologies)])
    ]
      .filter((technology) => !ambiguous(label, technology))
      .map((technology) => ({ team: label, technology }))
  })
  const pairs = scorePairs(wanted, got)
  const reported = notes.filter((note) => note.kind === 'unknown').map((note) => note.message)
  const unknownTags = expected.unknownTags ?? []
  return {
    catalog,
    valid: validateCatalog({ file: entry.slug, data: catalog, locate }).ok,
    teams: expected.teams.length,
    underRightParent: underRightParent.length,
    extraTeams: extraTeams.map(({ team }) => team.name),
    pairs,
    unknownTagsReported: unknownTags.filter((tag) => reported.some((m) => m.includes(`"${tag}"`))),
    unknownTagsMadeTechnologies: unknownTags.filter((tag) =>
      catalog.technologies.some((t) => same(t.name, tag))
    ),
    unknownTags
  }
}

/** The numbers for the note, whatever the assertions say (counts only). */
function summary(slug: string, result: Score): string {
  return (
    `${slug}: teams under the right parent ${result.underRightParent}/${result.teams}, extra teams ${result.extraTeams.length}, ` +
    `pairs found ${result.pairs.correct}/${result.pairs.expected} (false ${result.pairs.found - result.pairs.correct}/${result.pairs.found}), ` +
    `unknown tags reported ${result.unknownTagsReported.length}/${result.unknownTags.length}, valid ${result.valid}`
  )
}

type Score = ReturnType<typeof score>

const companyNamed = (entry: CorpusEntry, result: Score): boolean => {
  const company = entry.expected.company
  return [company.name, ...(company.aliases ?? [])]
    .map((n) => n.toLowerCase())
    .includes(result.catalog.company.name.toLowerCase())
}

/**
 * Dev catalogs below the goal's 80% of pairs, each at the level measured and why: a floor, not
 * an excuse (raise it when the importer improves).
 */
const DEV_PAIR_FLOORS: Record<string, { recall: number; why: string }> = {
  'backstage-repo-catalog-team-language-tags': {
    recall: 0.75,
    why: '3 of 4: one library is named only in a component description and the dictionary does not know it'
  }
}

describe.each(dev.map((entry) => [entry.slug, entry] as const))(
  'Backstage corpus (dev): %s',
  (slug, entry) => {
    const result = score(entry)
    console.log(summary(slug, result))

    it('imports every team under its parent, and nothing else as a team', () => {
      expect(result.underRightParent).toBe(result.teams)
      expect(result.extraTeams).toEqual([])
      expect(result.valid).toBe(true)
    })

    it('names the company the catalog names', () => {
      const company = entry.expected.company
      expect([company.name, ...(company.aliases ?? [])].map((n) => n.toLowerCase())).toContain(
        result.catalog.company.name.toLowerCase()
      )
    })

    it('finds at least 80% of the technology–team pairs (or its recorded floor), at most 10% of its pairs false', () => {
      expect(result.pairs.recall, JSON.stringify(result.pairs.misses)).toBeGreaterThanOrEqual(
        DEV_PAIR_FLOORS[slug]?.recall ?? 0.8
      )
      expect(result.pairs.falseRate, JSON.stringify(result.pairs.falseHits)).toBeLessThanOrEqual(
        0.1
      )
    })

    it('makes no tag that is no technology one, and reports them', () => {
      expect(result.unknownTagsMadeTechnologies).toEqual([])
      // Measured 2 of 3 on backstage-acme-catalog when this floor was set: the third sits on an
      // entity the importer leaves out without reading its tags.
      if (result.unknownTags.length > 0) {
        expect(
          result.unknownTagsReported.length / result.unknownTags.length
        ).toBeGreaterThanOrEqual(0.6)
      }
    })
  }
)

/**
 * Held-out floors: the levels measured in one run when each catalog was added (README: the rule),
 * rounded down. Raise them when the importer improves; never tune the importer on these files.
 */
const HELDOUT_FLOORS: Record<
  string,
  {
    underRightParent: number
    extraTeams: number
    pairsRecall: number
    falseRate: number
    unknownTagsMadeTechnologies: number
    valid: boolean
    company: boolean
  }
> = {
  // Measured 2026-12-05: 2/2 teams under the right parent, no extra team, no pair expected and
  // none made, no tag in the catalog, valid, company named. Imported exactly.
  'portefaix-backstage-catalog': {
    underRightParent: 1,
    extraTeams: 0,
    pairsRecall: 1,
    falseRate: 0,
    unknownTagsMadeTechnologies: 0,
    valid: true,
    company: true
  }
}

describe.each(heldout.map((entry) => [entry.slug, entry] as const))(
  'Backstage corpus (held out): %s',
  (slug, entry) => {
    it('keeps its scores at or above the floors measured when it was held out', () => {
      const floor = HELDOUT_FLOORS[slug]
      expect(floor === undefined, `measure ${slug} once and add its floor`).toBe(false)
      let result: Score
      try {
        result = score(entry)
      } catch {
        // The importer's messages would name the catalog's entities: say only that it failed.
        expect.fail(`${slug}: the Backstage importer rejected the catalog`)
      }
      console.log(summary(slug, result))
      expect(result.underRightParent / result.teams).toBeGreaterThanOrEqual(floor.underRightParent)
      expect(result.extraTeams.length).toBeLessThanOrEqual(floor.extraTeams)
      expect(result.pairs.recall).toBeGreaterThanOrEqual(floor.pairsRecall)
      expect(result.pairs.falseRate).toBeLessThanOrEqual(floor.falseRate)
      expect(result.unknownTagsMadeTechnologies.length).toBeLessThanOrEqual(
        floor.unknownTagsMadeTechnologies
      )
      if (floor.valid) expect(result.valid).toBe(true)
      if (floor.company) expect(companyNamed(entry, result)).toBe(true)
    })
  }
)
