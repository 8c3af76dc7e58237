/**
 * Technologies that most of a document's teams mention: the product those teams are parts of
 * (the areas of a table all saying "Issues/PRs related to the Acme dashboard", "… Acme
 * templates"), not a technology of each. Mentions only: a stack list still says what a team
 * builds with. A name counts when three or more teams, and more than two in five of five or
 * more teams, mention it.
 */
export function mentionedByMost(mentions: readonly (readonly string[])[]): Set<string> {
  const teams = mentions.length
  if (teams < MIN_TEAMS) return new Set()
  const count = new Map<string, number>()
  for (const names of mentions)
    for (const name of new Set(names)) count.set(name, (count.get(name) ?? 0) + 1)
  return new Set(
    [...count].filter(([, n]) => n >= MIN_MENTIONS && n * 5 > teams * 2).map(([name]) => name)
  )
}

const MIN_TEAMS = 5
const MIN_MENTIONS = 3
