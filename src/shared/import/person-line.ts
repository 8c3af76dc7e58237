/** Job words a person's line names their role with: "(Team lead, Full Stack Engineer)". */
const ROLE_WORDS =
  'lead|engineer|manager|designer|developer|marketer|pm|em|head|director|vp|sre|ceo|cto|cfo|coo|founder|partner|assistant|advocate|writer|analyst|scientist|researcher|architect|recruiter'

/**
 * "Alice Smith (Team lead, Full Stack Engineer)" or "Alice Smith, Product Manager": a person and
 * their role, as a team's people list writes them.
 */
const PERSON_WITH_ROLE = new RegExp(
  `^[\\p{Lu}][\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+){0,3}\\s*(?:\\((?:[^)]*\\b(?:${ROLE_WORDS})s?\\b[^)]*)\\)|,\\s*[^,]{0,40}\\b(?:${ROLE_WORDS})s?\\b[^,]{0,30}$)`,
  'iu'
)

/**
 * "Ana Lima (Acme Labs): frontend and backend development": a person's name (two to four
 * capitalized words, lowercase particles between), where they work in parentheses, then what they
 * do in lowercase words, as a who-does-what page lists its people. A team's line names what it
 * owns after its name, seldom an employer before a lowercase sentence. Case-sensitive: the
 * capitals are what make the words a name.
 */
const PERSON_WITH_AFFILIATION =
  /^\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+(?:(?:de|da|di|del|der|van|von|la|le)\s+)?\p{Lu}\p{Ll}[\p{L}'’.-]*){1,3}\s*\([^()]{2,80}\)\s*:\s+\p{Ll}/u

/** "Product Manager: Ada Lovelace", "Engineering Lead - Alan Turing": a role, then its person. */
const ROLE_THEN = new RegExp(`^[\\p{L} ]{0,30}\\b(?:${ROLE_WORDS})\\s*[:–—-]\\s*`, 'iu')
/** A person's name, case-sensitive: two to four capitalized words. */
const PERSON_NAME = /^\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’.-]*){1,3}$/u

function roleThenPerson(text: string): boolean {
  const role = ROLE_THEN.exec(text)
  return role !== null && PERSON_NAME.test(text.slice(role[0].length))
}

/**
 * A person's line, any way: their role named ("Alice Smith (Team lead)", "Alice Smith, Product
 * Manager", "Product Manager: Ada Lovelace") or their employer and their work ("Ana Lima (Acme
 * Labs): frontend work").
 * Never a team, never a project.
 */
export const PERSON_LINE = {
  test: (text: string): boolean =>
    PERSON_WITH_ROLE.test(text) || PERSON_WITH_AFFILIATION.test(text) || roleThenPerson(text.trim())
}
