// Not a test: `npx tsx scripts/corpus/preview-choices.ts [--choices 2]`. How far the import
// preview's choices take each corpus document toward its hand labels, made as a person who knows
// their own page would make them: at each step the one choice that helps most, among "Page read
// as" (PageQuestions.tsx) and a role given to an outline entry together with the entries like it
// ("Same for N more like it": the same depth and role, entriesLike). Prints one line per group
// (dev and each held-out set, aggregates only: the held-out rule) per number of choices.
import { parseArgs } from 'node:util'
import { importGuide } from '../../src/shared/import/import-guide'
import type {
  ImportMapping,
  ImportPlan,
  ImportRole,
  OutlineEntry
} from '../../src/shared/import/import-plan'
import { chooseRoleForAll, entriesLike } from '../../src/shared/sources/preview-source'
import { loadCorpus, type CorpusEntry } from '../../tests/corpus/corpus'
import { importedTeams } from '../../tests/corpus/imported-teams'
import { SCORE_GROUPS, scoreEntry, totals, type EntryScore } from '../../tests/corpus/score-import'

const { values } = parseArgs({ options: { choices: { type: 'string', default: '2' } } })
const CHOICES = Number(values.choices)
const ROLES: ImportRole[] = ['division', 'group', 'team', 'team-part', 'skip']
/** Choices tried per step and document. */
const MAX_TRIED = 400

/** More teams under the right parent and fewer non-teams made teams, then more pairs, fewer false. */
const merit = (s: EntryScore): number =>
  (s.rightParent - s.nonTeamMade) * 1000 + s.found * 500 + s.pairsFound * 10 - s.falsePairs

function run(entry: CorpusEntry, mapping: ImportMapping): { score: EntryScore; plan?: ImportPlan } {
  const result = importGuide(entry.files[0].text, { file: `${entry.slug}.md`, mapping })
  return {
    score: scoreEntry(entry, result.ok ? importedTeams(result.value) : []),
    ...(result.ok ? { plan: result.value } : {})
  }
}

/** Every mapping one more choice makes: a reading, or a role for an entry and those like it. */
function nextMappings(plan: ImportPlan, mapping: ImportMapping): ImportMapping[] {
  const out: ImportMapping[] = []
  for (const reading of plan.reading?.others ?? []) out.push({ ...mapping, reading })
  const roleOf = (e: OutlineEntry) => e.role
  // One representative per (depth, role, how written): "like it" gives the same set for each.
  const seen = new Set<string>()
  const walk = (entries: OutlineEntry[], depth: number) => {
    for (const entry of entries) {
      const like = entriesLike(plan, entry, entry.role, roleOf)
      const classKey = `${depth}|${entry.role}|${entry.written}`
      for (const role of entry.choices ?? ROLES) {
        if (role === entry.role) continue
        out.push(chooseRoleForAll(mapping, [entry], role))
        if (like.length > 0 && !seen.has(`${classKey}|${role}`)) {
          out.push(chooseRoleForAll(mapping, [entry, ...like], role))
        }
      }
      for (const role of ROLES) seen.add(`${classKey}|${role}`)
      walk(entry.children, depth + 1)
    }
  }
  walk(plan.outline, 0)
  return out
}

const started = performance.now()
const rows = loadCorpus()
  .filter((entry) => entry.meta.format === 'markdown')
  .map((entry) => {
    let mapping: ImportMapping = { version: 1, roles: {} }
    let current = run(entry, mapping)
    const steps = [current.score]
    for (let step = 0; step < CHOICES; step++) {
      if (!current.plan) break
      let best: { mapping: ImportMapping; result: ReturnType<typeof run> } | undefined
      // The choices near the top of a long outline, where a person looks (a 10 MB guide's outline
      // offers thousands).
      for (const next of nextMappings(current.plan, mapping).slice(0, MAX_TRIED)) {
        const result = run(entry, next)
        if (merit(result.score) > merit(best?.result.score ?? current.score))
          best = { mapping: next, result }
      }
      if (!best) break
      mapping = best.mapping
      current = best.result
      steps.push(current.score)
    }
    return { group: steps[0].group, steps }
  })

for (const group of SCORE_GROUPS) {
  const some = rows.filter((row) => row.group === group)
  if (some.length === 0) continue
  for (let k = 0; k <= CHOICES; k++) {
    const t = totals(some.map((row) => row.steps[Math.min(k, row.steps.length - 1)]))
    console.log(
      `${group}, ${k} choice${k === 1 ? '' : 's'}: teams under the right parent ${t.rightParent}/${t.teams} (${t.found} found), worst non-team ${t.worstNonTeamMade}, pairs ${t.pairsFound}/${t.pairs}, false ${t.falsePairs}/${t.pairsMade}, at goal ${t.documentsAtGoal}/${t.documents}`
    )
  }
}
console.error(`(${((performance.now() - started) / 1000).toFixed(0)} s)`)
