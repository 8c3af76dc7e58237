import { nameKey } from './ids'

/**
 * The words a unit's or team's name may carry for its kind, at its end. The space before them is
 * matched from its first character only (not looked for again at each space of a long run, which
 * made a name of 100,000 spaces take seconds).
 */
const KIND_AFTER =
  /(?<!\s)\s+(?:group|team|department|sub-?department|division|org|organi[sz]ation|stage|tribe|pillar)$/iu

/**
 * A unit's name without the word that says it is one: "Create Stage", "Developer Experience
 * group" and "Create" or "Developer Experience" are one unit.
 */
export function unitKey(label: string): string {
  return nameKey(label.replace(KIND_AFTER, ''))
}

/**
 * A team's name without the community's word for its kind: "Istio WG", "SIG Istio", "Istio team"
 * and "Istio" are one team. ("Istio group" stays apart: a group may hold teams of that name.)
 */
export function teamKey(label: string): string {
  return nameKey(label.replace(/^(?:sig|wg)\s+|(?<!\s)\s+(?:wg|sig|team)$/giu, ''))
}
