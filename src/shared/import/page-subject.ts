/**
 * What a page is about, read from its teams' own text: a technology that three or more of its
 * teams, and more than two in five of them, name ("packages Acme Linux for HPC", "Acme Linux on
 * ARM boards"; the areas of a table all saying "Issues/PRs related to the Acme dashboard") is the
 * product those teams are parts of, not a technology of each. What a team builds with is named in
 * its own section or its stack, and rarely word for word in most others'.
 *
 * `whole`: named so and in no team's stack list, the page's subject: no team's technology at all.
 * `mentioned`: named so but in some team's stack, on a page of five or more teams: only the
 * teams that merely mention it drop it (a stack list still says what a team builds with). On a
 * smaller page, one team's stack naming it says it is a technology the page's teams use.
 */
export function pageSubject(
  named: readonly (readonly string[])[],
  stacks: readonly (readonly string[])[]
): { whole: Set<string>; mentioned: Set<string> } {
  const whole = new Set<string>()
  const mentioned = new Set<string>()
  const teams = named.length
  const counts = new Map<string, number>()
  for (const names of named)
    for (const name of new Set(names)) counts.set(name, (counts.get(name) ?? 0) + 1)
  const stacked = new Set(stacks.flat())
  for (const [name, count] of counts) {
    if (count < MIN_TEAMS || count * 5 <= teams * 2) continue
    if (!stacked.has(name)) whole.add(name)
    else if (teams >= MIN_TEAMS_BESIDE_A_STACK) mentioned.add(name)
  }
  return { whole, mentioned }
}

const MIN_TEAMS = 3
const MIN_TEAMS_BESIDE_A_STACK = 5
