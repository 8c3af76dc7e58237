/** A letter or digit just before a name means the name is part of a longer word. */
export const WORD_CHARACTER = /[\p{L}\p{N}]/u
/** What makes a name the team's name where it is said: "Gitaly team", "Gitaly groups". */
export const SAID_AS_TEAM = String.raw`\s+(?:team|group|squad)s?\b`
const SAID_AS_TEAM_HERE = new RegExp(SAID_AS_TEAM, 'iuy')

/**
 * A team's text with the team's own name blanked where it is said as the team's name: "The
 * [Gitaly] team builds…" names the team, not the Gitaly service ("names in a team's name only are
 * not pairs", tests/corpus/README.md). Elsewhere the name stays: "the Git team develops Git" still
 * says the Git team works on Git.
 *
 * Found with indexOf rather than a pattern built from the name: compiling a Unicode pattern per
 * team cost a 10 MB guide of 65,000 teams half a minute.
 */
export function withoutTeamsOwnName(text: string, teamName: string): string {
  const name = teamName
    .replace(/\s+(?:team|group|squad)$/iu, '')
    .replace(/^(?:the|sig)\s+/iu, '')
    .trim()
    .toLowerCase()
  const lower = text.toLowerCase()
  // Lower-casing that changes lengths (a dotted İ) would shift every offset: keep the text.
  if (name === '' || lower.length !== text.length) return text
  const kept: string[] = []
  let from = 0
  for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, Math.max(at + 1, from))) {
    if (at > 0 && WORD_CHARACTER.test(precedingCharacter(text, at))) continue
    SAID_AS_TEAM_HERE.lastIndex = at + name.length
    if (!SAID_AS_TEAM_HERE.test(text)) continue
    kept.push(text.slice(from, at), ' '.repeat(name.length))
    from = at + name.length
  }
  return from === 0 ? text : kept.join('') + text.slice(from)
}

/** The character before `at`, a whole surrogate pair where there is one. */
function precedingCharacter(text: string, at: number): string {
  const low = text.charCodeAt(at - 1)
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]
}
