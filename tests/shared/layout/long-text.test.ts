// @vitest-environment node
/**
 * Issue 18: fitting a long name into its box re-measured the whole name once per character it
 * dropped, so an 80 KB team name took 39 s to export and a 1 MB one froze the page. The work is
 * counted here, not timed: every glyph advance the layout reads is one lookup in Inter's table,
 * and a name must cost a few lookups per character at most, however long it is.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ExportOptions, ExportView } from '../../../src/shared/export/options'
import { writeSvg } from '../../../src/shared/export/svg'
import { layoutTree } from '../../../src/shared/layout/layout-tree'
import { buildOrgTree } from '../../../src/shared/tree/org-tree'
import { makeCatalog, makeDivision, makeTeam } from '../../fixtures/catalog'

/**
 * Far more than a few lookups per character (so a linear fit passes whatever the catalog around
 * the name needs), far less than re-measuring per character: a quadratic fit stops here at once
 * instead of running for minutes.
 */
const LOOKUPS_CAP = 10_000_000
const lookups = vi.hoisted(() => ({ count: 0 }))

vi.mock('../../../src/shared/layout/glyph-advances', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/shared/layout/glyph-advances')>()
  const counted = new Map<Float64Array, Float64Array>()
  return {
    advancesFor(weight: number): Float64Array {
      const advances = actual.advancesFor(weight)
      let proxy = counted.get(advances)
      if (!proxy) {
        proxy = new Proxy(advances, {
          get(target, key) {
            if (typeof key === 'string' && ++lookups.count > LOOKUPS_CAP) {
              throw new Error(`more than ${LOOKUPS_CAP} glyph lookups: text fitting is not linear`)
            }
            return Reflect.get(target, key)
          }
        })
        counted.set(advances, proxy)
      }
      return proxy
    }
  }
})

beforeEach(() => {
  lookups.count = 0
})

const PLACEHOLDER = 'Placeholder Name'

/**
 * A catalog whose company, team and technology (a chip on the team) are each called `name`, and
 * one project's title is `name` up to 1,000 characters (a title is wrapped as a team name is).
 * The loader refuses names over 200 characters (name-text.ts), so the catalog is loaded with a
 * short name and the long one put in its place: the layout and exports must stay linear whatever
 * reaches them.
 */
function catalogNamed(name: string) {
  const loaded = makeCatalog({
    company: { name: PLACEHOLDER },
    technologies: [{ name: PLACEHOLDER, category: 'tooling' }],
    divisions: [
      makeDivision({
        teams: [
          makeTeam({
            name: PLACEHOLDER,
            stack: [PLACEHOLDER],
            projects: [{ title: `${PLACEHOLDER} title`, status: 'current' }]
          }),
          makeTeam({ id: 'other', name: 'Other' })
        ]
      })
    ]
  })
  return JSON.parse(JSON.stringify(loaded), (_key, value: unknown) =>
    value === PLACEHOLDER ? name : value === `${PLACEHOLDER} title` ? name.slice(0, 1000) : value
  ) as typeof loaded
}

/** Glyph lookups to lay out and export (SVG) the catalog, its teams open. */
function lookupsToDraw(name: string): number {
  const catalog = catalogNamed(name)
  lookups.count = 0
  layoutTree(buildOrgTree(catalog, new Set()), catalog, { kind: 'vertical' })
  const view = ExportView.parse({ collapsed: [] })
  const svg = writeSvg(catalog, view, ExportOptions.parse({ format: 'svg' }))
  const count = lookups.count
  if (name.length > 1000) expect(svg.svg, 'the name is shortened where it is drawn').toContain('…')
  return count
}

describe('fitting long names', () => {
  const baseline = lookupsToDraw('Platform')

  it.each([
    ['an 80 KB name without spaces', 'A'.repeat(80_000)],
    ['an 80 KB name of words', 'Abcdefg '.repeat(10_000).trim()],
    ['a 1 MB name without spaces', 'W'.repeat(1_000_000)],
    ['a 1 MB name of words', 'Wm '.repeat(333_333).trim()]
  ])('costs a few glyph lookups per character at most: %s', (_what, name) => {
    const extra = lookupsToDraw(name) - baseline
    console.info(`${_what}: ${extra} lookups beyond a short name's ${baseline}`)
    expect(extra).toBeLessThanOrEqual(4 * name.length)
  })
})
