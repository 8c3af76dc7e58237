import { kebabCase } from './ids'

/**
 * A unit's name without the word that says it is one: "Create Stage", "Developer Experience
 * group" and "Create" or "Developer Experience" are one unit.
 */
export function unitKey(label: string): string {
  return kebabCase(
    label.replace(
      /\s+(?:group|team|department|sub-?department|division|org|organi[sz]ation|stage)$/iu,
      ''
    )
  )
}
