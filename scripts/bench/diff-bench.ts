import type { Catalog } from '../../src/shared/catalog/catalog'
import { loadCatalogText } from '../../src/shared/catalog/load'
import type { CatalogFileInput, TeamInput } from '../../tests/fixtures/catalog'
import { createRandom } from '../../src/shared/synth/random'
import type { BenchCatalog } from './catalogs'

type Holder = { teams?: TeamInput[]; groups?: Holder[] }

/**
 * The benchmark catalog's next version, seeded (seed 2) so every run compares the same pair:
 * about 2% of teams renamed, 2% moved to another division, 1% removed, 1% added, 5% with a
 * technology swapped in their stack, 2% with a headcount or status changed, and one division
 * renamed. A team leaves only a list it does not empty, and only when no relation names it, so
 * the next version loads like the first.
 */
export function nextVersion(input: BenchCatalog): Catalog {
  const file = JSON.parse(input.json) as CatalogFileInput
  const random = createRandom(2)
  const technologies = (file.technologies ?? []).map((technology) => technology.name)
  const canonical = new Map<string, string>()
  for (const technology of file.technologies ?? []) {
    for (const name of [technology.name, ...(technology.aliases ?? [])]) {
      canonical.set(name.toLowerCase(), technology.name)
    }
  }
  const named = new Set<string>()
  const holders: Holder[] = []
  const visit = (holder: Holder) => {
    holders.push(holder)
    for (const team of holder.teams ?? []) {
      for (const relation of team.relations ?? []) named.add(relation.team)
    }
    for (const group of holder.groups ?? []) visit(group)
  }
  for (const division of file.divisions) visit(division)
  let added = 0
  // Moved after the walk: a list must not grow while it is walked.
  const moving: TeamInput[] = []
  for (const holder of holders) {
    const teams = holder.teams ?? []
    for (let i = teams.length - 1; i >= 0; i--) {
      const team = teams[i]
      const roll = random.next()
      const movable = teams.length > 1 && !named.has(team.id)
      if (roll < 0.02) team.name = `${team.name} Renamed`
      else if (roll < 0.04 && movable) {
        teams.splice(i, 1)
        moving.push(team)
      } else if (roll < 0.05 && movable) teams.splice(i, 1)
      else if (roll < 0.06) {
        added++
        // Its relations (if any) name teams that stay: a copy loads as well as the original.
        teams.push({ ...team, id: `added-team-${added}`, name: `Added Team ${added}` })
      } else if (roll < 0.11 && team.stack && team.stack.length > 0) {
        const swapped = random.pick(technologies)
        const held = [...team.stack, ...(team.mentions ?? [])].map((name) =>
          canonical.get(name.toLowerCase())
        )
        if (!held.includes(swapped)) team.stack = [...team.stack.slice(1), swapped]
      } else if (roll < 0.13) {
        team.status = team.status === 'forming' ? 'active' : 'forming'
        if (team.members !== undefined) team.members += 1
      }
    }
  }
  for (const team of moving) {
    const division = random.pick(file.divisions)
    division.teams = [...(division.teams ?? []), team]
  }
  file.divisions[0].name = `${file.divisions[0].name} Renamed`
  const loaded = loadCatalogText(JSON.stringify(file), 'next-version.json')
  if (!loaded.ok) throw new Error(`the next version does not load: ${loaded.errors[0]?.message}`)
  return loaded.value
}
