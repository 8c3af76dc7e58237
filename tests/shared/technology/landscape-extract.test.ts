// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  extractLandscape,
  formatLandscapeExtract,
  parseLandscapeExtract
} from '../../../scripts/technology/landscape-extract'

const vendored = readFileSync(
  new URL('../../../scripts/technology/data/cncf-landscape.tsv', import.meta.url),
  'utf8'
)

// Items as cncf/landscape's landscape.yml writes them (fields abridged).
const LANDSCAPE_YML = `landscape:
  - category:
    name: Observability and Analysis
    subcategories:
      - subcategory:
        name: Tracing
        items:
          - item:
            name: Zipkin
            homepage_url: https://zipkin.io/
            repo_url: https://github.com/openzipkin/zipkin
            logo: zipkin.svg
          - item:
            name: Honeycomb
            homepage_url: https://www.honeycomb.io/
            logo: honeycomb.svg
          - item:
            name: LeanIX Value Stream Management (VSM)
            repo_url: null
  - category:
    name: CNCF Members
    subcategories:
      - subcategory:
        name: Platinum
        items:
          - item:
            name: Some Company (member)
            repo_url: https://github.com/some/company
  - category:
    name: Wasm
    subcategories:
      - subcategory:
        name: Runtime
        items:
          - item:
            name: wasmtime
            repo_url: https://github.com/bytecodealliance/wasmtime/
`

describe('the CNCF landscape extract', () => {
  it('keeps the open-source projects of the technical categories, by name and repository', () => {
    expect(extractLandscape(LANDSCAPE_YML)).toEqual([
      {
        name: 'Zipkin',
        category: 'Observability and Analysis',
        subcategory: 'Tracing',
        repo: 'openzipkin/zipkin'
      },
      {
        name: 'wasmtime',
        category: 'Wasm',
        subcategory: 'Runtime',
        repo: 'bytecodealliance/wasmtime'
      }
    ])
  })

  it('is written and read back to the same text, and the vendored file is in that form', () => {
    const items = extractLandscape(LANDSCAPE_YML)
    expect(parseLandscapeExtract(formatLandscapeExtract(items))).toEqual(items)
    const vendoredItems = parseLandscapeExtract(vendored)
    expect(vendoredItems.length).toBeGreaterThan(600)
    expect(formatLandscapeExtract(vendoredItems)).toBe(vendored)
    expect(vendoredItems.map((item) => item.name)).toEqual(
      expect.arrayContaining(['Tanka', 'Grafana Mimir', 'Grafana Tempo', 'Zipkin'])
    )
  })

  it('says which line of the extract is not of its form', () => {
    expect(() => parseLandscapeExtract('## Wasm / Runtime\nwasmtime\n')).toThrow(
      'cncf-landscape.tsv:2: expected "name<TAB>owner/repo" under a "## " heading'
    )
  })
})
