/**
 * A team's text with the team's own name blanked where it is said as the team's name: "The
 * [Gitaly] team builds…" names the team, not the Gitaly service ("names in a team's name only are
 * not pairs", tests/corpus/README.md). Elsewhere the name stays: "the Git team develops Git" still
 * says the Git team works on Git.
 */
export function withoutTeamsOwnName(text: string, teamName: string): string {
  const name = teamName
    .replace(/\s+(?:team|group|squad)$/iu, '')
    .replace(/^(?:the|sig)\s+/iu, '')
    .trim()
  // A heading run on for pages is no name to look for (and too long a pattern to build).
  if (name === '' || name.length > 200) return text
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  const said = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?=\\s+(?:team|group|squad)s?\\b)`, 'giu')
  return text.replace(said, (match) => ' '.repeat(match.length))
}
