/** Hands out kebab-case ids, each once: "Cloud Tools Team" → "cloud-tools", then "cloud-tools-2". */
export class UniqueIds {
  private readonly taken = new Set<string>()
  /** The next suffix to try per base: trying 2, 3, … afresh each time made 50,000 teams named
   * "Team" take minutes. */
  private readonly nextSuffix = new Map<string, number>()

  claim(name: string, fallback: string, { dropTeamSuffix = false } = {}): string {
    let base = kebabCase(name) || fallback
    // "Cloud Reliability Team" is the team "cloud-reliability"; a team named just "Team" keeps it.
    if (dropTeamSuffix && base.endsWith('-team')) base = base.slice(0, -'-team'.length)
    return this.claimBase(base)
  }

  /** `base` itself the first time, then `base-2`, `base-3`, …: whatever is not yet taken. */
  claimBase(base: string): string {
    let id = base
    let n = this.nextSuffix.get(base) ?? 2
    while (this.taken.has(id)) id = `${base}-${n++}`
    this.nextSuffix.set(base, n)
    this.taken.add(id)
    return id
  }
}

/**
 * A name as a key to compare names by: lowercase letters and digits of any script joined by single
 * hyphens, accents dropped ("Café Team" → "cafe-team", "Команда Поиск" → "команда-поиск").
 * kebabCase's ASCII alone would give every Cyrillic, Greek or CJK name the same empty key, and so
 * make all of a page's teams one.
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}

/** Lowercase ASCII letters and digits joined by single hyphens; accents dropped ("Café" → "cafe"). */
export function kebabCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}
