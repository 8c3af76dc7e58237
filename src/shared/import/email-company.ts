import { escapeRegExp } from '../escape-reg-exp'
import { capitalizedWords } from './file-name'

/** Email domains that name a mail provider or an example, not the users' organization. */
const SHARED_MAIL_DOMAINS =
  /(?:^|\.)(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|proton|protonmail|aol|gmx|example|localhost|noreply)\.|(?:^|\.)(?:example|test|invalid|local|localhost)$|users\.noreply\./u
/** Second-level labels under which an organization registers its name (acme.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc'])

/**
 * The organization whose people a source lists, when nothing else names it: the email domain
 * most of its addresses share (a mail provider's or an example's is none), named as the source's
 * `text` writes it outside addresses (the domain itself, "incident.io", or its name, "REPAY"),
 * else by its name capitalized, its hyphenated words apart ("Globex", "Northwind Logistics").
 * Undefined when no address has an organization's domain.
 */
export function companyFromEmails(
  emails: Iterable<string>,
  text: string
): { name: string; domain: string } | undefined {
  const counts = new Map<string, number>()
  for (const email of emails) {
    const domain = email.trim().toLowerCase().split('@')[1]
    if (!domain || !domain.includes('.') || SHARED_MAIL_DOMAINS.test(domain)) continue
    counts.set(domain, (counts.get(domain) ?? 0) + 1)
  }
  const [domain] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? []
  if (!domain) return undefined
  const labels = domain.split('.')
  const at = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]) ? 3 : 2
  const label = labels[labels.length - at]
  const written = (word: string) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}.@/])${escapeRegExp(word)}(?![\\p{L}\\p{N}]|\\.\\p{L})`,
      'iu'
    ).exec(text)?.[0]
  // "northwind-logistics.com" is Northwind Logistics, as a file name's words are.
  const words = label.split(/[-_]+/u).filter(Boolean).join(' ')
  const name =
    written(domain) ??
    written(label) ??
    (words.includes(' ') ? written(words) : undefined) ??
    capitalizedWords(words)
  return { name, domain }
}
