/** The categories a catalog's registry files technologies under (catalog/schema.ts). */
export const TECHNOLOGY_CATEGORIES = [
  'language',
  'framework',
  'frontend',
  'infrastructure',
  'cloud',
  'observability',
  'data',
  'security',
  'protocol',
  'ci-cd',
  'tooling',
  'platform'
] as const

type TechnologyCategory = (typeof TECHNOLOGY_CATEGORIES)[number]

/**
 * What the dictionary sorts technologies into: the catalog's categories, plus four that real team
 * documents name often and the lens would do well to group (proposed for the catalog schema; until
 * it has them, `catalogCategory` files them under the nearest catalog category).
 */
export const PROPOSED_CATEGORIES = ['payments', 'analytics', 'mobile', 'ml'] as const

export const DICTIONARY_CATEGORIES = [...TECHNOLOGY_CATEGORIES, ...PROPOSED_CATEGORIES] as const
export type DictionaryCategory = (typeof DICTIONARY_CATEGORIES)[number]

const NEAREST: Record<(typeof PROPOSED_CATEGORIES)[number], TechnologyCategory> = {
  payments: 'tooling',
  analytics: 'data',
  mobile: 'platform',
  ml: 'data'
}

/** The catalog category a dictionary category is written as in a catalog's registry. */
export function catalogCategory(category: DictionaryCategory): TechnologyCategory {
  return (TECHNOLOGY_CATEGORIES as readonly string[]).includes(category)
    ? (category as TechnologyCategory)
    : NEAREST[category as keyof typeof NEAREST]
}

/** One letter per category, in the generated module (see dictionary-format.ts). */
export const CATEGORY_CODES: Record<DictionaryCategory, string> = {
  language: 'l',
  framework: 'f',
  frontend: 'u',
  infrastructure: 'i',
  cloud: 'c',
  observability: 'o',
  data: 'd',
  security: 's',
  protocol: 'p',
  'ci-cd': 'b',
  tooling: 't',
  platform: 'x',
  payments: '$',
  analytics: 'a',
  mobile: 'm',
  ml: 'n'
}
