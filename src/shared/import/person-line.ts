/** Job words a person's line names their role with: "(Team lead, Full Stack Engineer)". */
export const ROLE_WORDS =
  'lead|owner|engineer|manager|designer|developer|marketer|pm|em|head|director|vp|sre|ceo|cto|cfo|coo|founder|partner|assistant|advocate|writer|analyst|scientist|researcher|architect|recruiter|coordinator|steward|chair|facilitator|captain|specialist|bdfl'

/** What a job title asks for, in parentheses after it: "(Go)", "(Kubernetes, Terraform)". */
const QUALIFIER = String.raw`\([^()]{1,60}\)`

/**
 * "Alice Smith (Team lead, Full Stack Engineer)" or "Alice Smith, Product Manager": a person and
 * their role, as a team's people list writes them.
 */
const PERSON_WITH_ROLE = new RegExp(
  `^[\\p{Lu}][\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+){0,3}\\s*(?:\\((?:[^)]*\\b(?:${ROLE_WORDS})s?\\b[^)]*)\\)|,\\s*[^,]{0,40}\\b(?:${ROLE_WORDS})s?\\b(?:[^,]{0,30}|\\s*${QUALIFIER})$)`,
  'iu'
)

/**
 * "Ana Lima (Acme Labs): frontend and backend development": a person's name (two to four
 * capitalized words, lowercase particles between), where they work in parentheses, then what they
 * do in lowercase words, as a who-does-what page lists its people. A team's line names what it
 * owns after its name, seldom an employer before a lowercase sentence. Case-sensitive: the
 * capitals are what make the words a name. The employer is a name, or a few words ("(freelance)");
 * a longer remark in lower case ("(more on this in the upcoming post)") is said to the reader
 * after a team's name.
 */
const PERSON_WITH_AFFILIATION =
  /^\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+(?:(?:de|da|di|del|der|van|von|la|le)\s+)?\p{Lu}\p{Ll}[\p{L}'’.-]*){1,3}\s*\((?:[^()\p{Ll}][^()]{1,79}|[^()\s]+(?:\s+[^()\s]+){0,2})\)\s*:\s+\p{Ll}/u

/** "Product Manager: Ada Lovelace", "Engineering Lead - Alan Turing": a role, then its person. */
const ROLE_THEN = new RegExp(`^[\\p{L} ]{0,30}\\b(?:${ROLE_WORDS})s?\\s*[:–—-]\\s*`, 'iu')
/**
 * A person's name, case-sensitive: two to four capitalized words, with a middle initial among
 * them ("Leif Olav S. Bjordal") or a family name's particles in lower case before one ("Marta
 * van den Berg", "Lucas de la Cruz", "Omar bin Zaid").
 */
const PERSON_NAME =
  /^\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+(?:(?:van|von|der|den|de|da|das|do|dos|di|del|della|du|la|le|bin|ter|ten)\s+){0,2}(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}[\p{L}'’.-]*){1,3}$/u

/** Whether a text is written as a person's name: two to four capitalized words ("Ana Ruiz", "Ana M. Ruiz"). */
export function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text.trim())
}

/** The person of "Product Manager: Ada Lovelace" (ROLE_THEN, then a name), else undefined. */
function nameAfterRole(text: string): string | undefined {
  const role = ROLE_THEN.exec(text)
  const name = role ? text.slice(role[0].length) : ''
  return PERSON_NAME.test(name) ? name : undefined
}

/** A person's name (PERSON_NAME's words), then a dash or a colon: "Ana Ruiz — ", "Cara Diaz: ". */
const NAME_THEN_SEPARATOR =
  /^(\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’.-]*){1,3})\s*(?:\s[–—-]|:)\s*(?=\S)/u
/**
 * A job title: a few words ending in a job's word, or a head of something ("VP of Engineering").
 * Not words that say whom something is for: "apps for field engineers (React Native)" is what a
 * team makes, its qualifier no title's.
 */
const JOB_TITLE = new RegExp(
  String.raw`^(?:(?:(?!(?:for|to|with|by|from|of|in|on|at)\s)[\p{L}&/-]+\s+){0,4}(?:${ROLE_WORDS})s?(?:\s*${QUALIFIER})?|(?:head|director|vp|vice president) of(?:\s+[\p{L}&-]+){1,3})\.?$`,
  'iu'
)

/**
 * The person of "Ana Ruiz — Engineering Manager", "Bo Chen - Senior Backend Engineer", "Cara
 * Diaz: Tech Lead": a name, a dash or a colon, then only a job title, as a team's people list or
 * its "Who's who" writes them. A team's line puts what it does after its name ("Checkout — the
 * cart and payments"), never a job title alone. Undefined for any other line.
 */
function nameBeforeRole(text: string): string | undefined {
  const named = NAME_THEN_SEPARATOR.exec(text)
  if (!named) return undefined
  // "Alice Johnson - Senior AI Engineer, Team Lead", "Bob Smith - Marketing Manager, Content
  // Strategy": a second role or the person's focus may follow the title, after a comma.
  const rest = text.slice(named[0].length)
  if (JOB_TITLE.test(rest)) return named[1]
  const comma = rest.indexOf(',')
  if (comma === -1) return undefined
  const title = rest.slice(0, comma).trim()
  return JOB_TITLE.test(title) && FOCUS.test(rest.slice(comma + 1).trim()) ? named[1] : undefined
}

/** What follows a job title after a comma: a second role or a focus, a few words. */
const FOCUS = /^[\p{L}\p{N}&/ -]{1,40}$/u

/**
 * The person a line names, without their role: "Ana Ruiz" from "Ana Ruiz — Engineering
 * Manager", "Alice Smith (Team lead)", "Alice Smith, Product Manager" or "Team Lead: Ana Ruiz".
 */
export function personName(line: string): string {
  const text = line.trim()
  return nameAfterRole(text) ?? nameBeforeRole(text) ?? text.replace(/\s*(?:\(.*|,.*)$/u, '').trim()
}

/**
 * A person's line, any way: their role named ("Alice Smith (Team lead)", "Alice Smith, Product
 * Manager", "Product Manager: Ada Lovelace", "Ana Ruiz — Engineering Manager") or their employer
 * and their work ("Ana Lima (Acme Labs): frontend work").
 * Never a team, never a project.
 */
export const PERSON_LINE = {
  test: (text: string): boolean =>
    PERSON_WITH_ROLE.test(text) ||
    PERSON_WITH_AFFILIATION.test(text) ||
    nameAfterRole(text.trim()) !== undefined ||
    nameBeforeRole(text.trim()) !== undefined
}

/**
 * "Stewards: Rita Sand, Leo Park" as one line per person ("Stewards: Rita Sand", "Stewards: Leo
 * Park"), as a people list writes one role held by several; any other line as it is.
 */
export function onePersonPerLine(line: string): string[] {
  const found = /^([^:]{1,40}):\s*(.+)$/u.exec(line.trim())
  if (!found) return [line]
  const names = found[2].split(/\s*(?:,|;|\band\b)\s*/u).filter(Boolean)
  if (names.length < 2 || !names.every((name) => PERSON_NAME.test(name))) return [line]
  return names.map((name) => `${found[1]}: ${name}`)
}

/**
 * The line of a team's people that leads it: its lead, else its engineering manager ("Ana Ruiz —
 * Engineering Manager"), else the person a team's field says it answers to ("Owner: Ana Ruiz",
 * "Manager: Olu Adeyemi"; a product owner or a product manager is not).
 */
export function leadingLine(people: readonly string[]): string | undefined {
  return (
    people.find((line) => /\b(?:team )?lead\b/iu.test(line)) ??
    people.find(
      (line) => /\b(?:engineering|team) manager\b/iu.test(line) || /\bEM\b/u.test(line)
    ) ??
    people.find((line) => /\((?:team |engineering )?(?:owner|manager|em)\)$/iu.test(line))
  )
}
