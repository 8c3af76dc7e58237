/**
 * The CNCF Cloud Native Landscape (cncf/landscape's landscape.yml, Apache-2.0) as the technology
 * dictionary reads it: the open-source projects of its categories, pruned to name, category and
 * repository. No npm package ships the file, so the extract is vendored in
 * scripts/technology/data/cncf-landscape.tsv; `extractLandscape` is the rule that made it, and
 * `formatLandscapeExtract(parseLandscapeExtract(text))` gives the vendored text back (tested).
 */
import { parse } from 'yaml'

/** One open-source project of the landscape. */
export interface LandscapeItem {
  name: string
  category: string
  subcategory: string
  /** The GitHub repository as owner/name (or the URL, for another host). */
  repo: string
}

export const LANDSCAPE_SOURCE = {
  repository: 'cncf/landscape',
  path: 'landscape.yml',
  commit: 'b4a4092e2103b6f748a95ad92221eb9e9b5065a2',
  licence: 'Apache-2.0'
} as const

/** Companies, members and service providers: not technologies a team uses. */
const SKIPPED_CATEGORIES = new Set(['Special', 'CNCF Members'])

interface RawItem {
  item?: unknown
  name?: unknown
  repo_url?: unknown
}
interface RawSubcategory {
  name?: unknown
  items?: RawItem[]
}
interface RawCategory {
  name?: unknown
  subcategories?: RawSubcategory[]
}

function repository(url: string): string {
  const github = /^https?:\/\/github\.com\/([^/\s]+\/[^/\s#?]+?)(?:\.git)?\/?$/u.exec(url.trim())
  return github ? github[1] : url.trim()
}

/** The open-source items of a landscape.yml, in the file's order. */
export function extractLandscape(yamlText: string): LandscapeItem[] {
  const document = parse(yamlText) as { landscape?: RawCategory[] } | null
  const items: LandscapeItem[] = []
  for (const category of document?.landscape ?? []) {
    const categoryName = String(category.name ?? '')
    if (SKIPPED_CATEGORIES.has(categoryName)) continue
    for (const subcategory of category.subcategories ?? []) {
      for (const item of subcategory.items ?? []) {
        if (typeof item.repo_url !== 'string' || typeof item.name !== 'string') continue
        items.push({
          name: item.name.replace(/\s+/gu, ' ').trim(),
          category: categoryName,
          subcategory: String(subcategory.name ?? ''),
          repo: repository(item.repo_url)
        })
      }
    }
  }
  return items
}

const HEADER = `# Open-source projects of the CNCF Cloud Native Landscape: the \`name\` and \`repo_url\` of every item
# with a \`repo_url\`, under its \`category / subcategory\`, in the file's order.
#
# Source: ${LANDSCAPE_SOURCE.repository}, ${LANDSCAPE_SOURCE.path} at commit ${LANDSCAPE_SOURCE.commit}
# Licence: Apache-2.0 (cncf/landscape LICENSE; text in tests/corpus/licenses/Apache-2.0.txt)
# Extraction rule: scripts/technology/landscape-extract.ts (\`extractLandscape\`). Left out: items
# without a repository (products sold without open source code) and the categories "Special" and
# "CNCF Members" (companies and service providers, not technologies). The repository is written as
# owner/name. Regenerate: npx tsx scripts/technology/extract-landscape.ts landscape.yml > this file
`

/** The vendored text for extracted items: a header, then `## category / subcategory` and items. */
export function formatLandscapeExtract(items: readonly LandscapeItem[]): string {
  let text = HEADER
  let heading = ''
  for (const item of items) {
    const next = `## ${item.category} / ${item.subcategory}`
    if (next !== heading) text += `${next}\n`
    heading = next
    text += `${item.name}\t${item.repo}\n`
  }
  return text
}

/** Reads the vendored extract; throws, with the line, on a line that is not of its form. */
export function parseLandscapeExtract(text: string): LandscapeItem[] {
  const items: LandscapeItem[] = []
  let category = ''
  let subcategory = ''
  text.split('\n').forEach((line, index) => {
    if (line === '') return
    const heading = /^## (.+?) \/ (.+)$/u.exec(line)
    if (heading) {
      ;[, category, subcategory] = heading
      return
    }
    if (line.startsWith('#')) return
    const fields = line.split('\t')
    if (fields.length !== 2 || !fields[0] || !fields[1] || !category) {
      throw new Error(
        `cncf-landscape.tsv:${index + 1}: expected "name<TAB>owner/repo" under a "## " heading`
      )
    }
    items.push({ name: fields[0], category, subcategory, repo: fields[1] })
  })
  return items
}
