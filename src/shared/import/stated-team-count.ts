/** Numbers written as words, as pages write small counts ("three teams"). */
const NUMBER_WORDS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve'
]

const COUNT = String.raw`(\d{1,2}|${NUMBER_WORDS.join('|')})`

/**
 * "Our engineering organization has three teams", "is organized into 5 squads", "our four
 * product teams": a count the page gives of its own teams, after a word that makes them the
 * page's (has, have, into, of, our, across) and before at most two words that say which.
 */
const STATED = new RegExp(
  String.raw`\b(?:has|have|into|of|our|across)\s+${COUNT}\s+(?:[\p{L}-]+\s+){0,2}?(?:teams|squads)\b`,
  'giu'
)

/**
 * How many teams the page says it has, when it says so (and always the same number): a reading
 * that makes that many teams agrees with the page's own words.
 */
export function statedTeamCount(text: string): number | undefined {
  const counts = new Set<number>()
  for (const found of text.matchAll(STATED)) {
    const written = found[1].toLowerCase()
    const n = /^\d+$/u.test(written) ? Number(written) : NUMBER_WORDS.indexOf(written) + 2
    if (n >= 2) counts.add(n)
  }
  return counts.size === 1 ? [...counts][0] : undefined
}

/**
 * "Our engineering is split into three groups", "organized into groups", "has four groups": the
 * page says its organization is made of groups, so a name it calls a group is a unit of it (where
 * elsewhere "group" also names working and user groups).
 */
const STATED_GROUPS = new RegExp(
  String.raw`\b(?:(?:has|have|into|of|our|across)\s+${COUNT}|(?:split|divided|organi[sz]ed|structured)\s+(?:in|into))\s+(?:[\p{L}-]+\s+){0,2}?groups\b`,
  'iu'
)

/** Whether the page says its organization is made of groups (STATED_GROUPS). */
export function statesGroups(text: string): boolean {
  return STATED_GROUPS.test(text)
}
