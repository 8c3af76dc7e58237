/** Job words a person's line names their role with: "(Team lead, Full Stack Engineer)". */
const ROLE_WORDS =
  'lead|engineer|manager|designer|developer|marketer|pm|em|head|director|vp|sre|ceo|cto|cfo|coo|founder|partner|assistant|advocate|writer|analyst|scientist|researcher|architect|recruiter'

/**
 * "Alice Smith (Team lead, Full Stack Engineer)" or "Alice Smith, Product Manager": a person and
 * their role, as a team's people list writes them. Never a team, never a project.
 */
export const PERSON_LINE = new RegExp(
  `^[\\p{Lu}][\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+){0,3}\\s*(?:\\((?:[^)]*\\b(?:${ROLE_WORDS})s?\\b[^)]*)\\)|,\\s*[^,]{0,40}\\b(?:${ROLE_WORDS})s?\\b[^,]{0,30}$)`,
  'iu'
)
