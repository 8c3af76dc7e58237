// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import type {
  FromPreviewWorker,
  ToPreviewWorker
} from '../../../src/renderer/src/import/preview-protocol'
import {
  PreviewSession,
  LARGE_CHART_NODES,
  type PreviewDrawing,
  type RasterizePreview
} from '../../../src/renderer/src/import/preview-session'
import type { PreviewSource } from '../../../src/shared/sources/preview-source'
import type { Scene, Shape } from '../../../src/shared/export/scene'

const CSV =
  'Team,Division,Group,Snack\nPay,Core,Money,crisps\nLedger,Core,Money,\nSearch,Growth,,\n'
const source: PreviewSource = {
  name: 'teams.csv',
  format: 'csv',
  files: [{ path: 'teams.csv', text: CSV }]
}
const MAPPING = { version: 1 as const, roles: {} }

/** A session fed like the worker feeds it; every answer goes through structuredClone, as postMessage's would. */
function session(
  options: {
    rasterize?: RasterizePreview
    fonts?: PreviewDrawing['fonts']
    logos?: string[][]
  } = {}
) {
  const answers: FromPreviewWorker[] = []
  const asked: string[][] = []
  const running = new PreviewSession(
    (message) => answers.push(structuredClone(message)),
    async (ids) => {
      asked.push([...ids])
      return new Map(options.logos?.map(([id, path]) => [id, path] as [string, string]) ?? [])
    },
    { rasterize: options.rasterize, fonts: options.fonts }
  )
  const send = (message: ToPreviewWorker) => running.handle(structuredClone(message))
  /** Waits until the request `id` has its final answer, and gives every answer to it. */
  const answersTo = async (id: number) => {
    await expect
      .poll(() => answers.some((a) => a.id === id && !['stage', 'imported'].includes(a.type)))
      .toBe(true)
    return answers.filter((answer) => answer.id === id)
  }
  return { send, answersTo, asked }
}

describe('the import preview session (what the worker runs)', () => {
  it('answers a preview with its stages, the summary the dialog shows and the chart, all plain data', async () => {
    const { send, answersTo } = session()
    send({ type: 'open', source })
    send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    const answers = await answersTo(1)
    expect(answers.map((a) => a.type)).toEqual(['stage', 'imported', 'stage', 'chart'])
    const imported = answers[1] as Extract<FromPreviewWorker, { type: 'imported' }>
    expect(imported.summary).toMatchObject({
      mapping: MAPPING,
      counts: { divisions: 2, groups: 1, teams: 3, technologies: 0, skipped: 1 },
      errors: [],
      importable: true,
      plan: { format: 'csv' }
    })
    expect(imported.summary.plan?.outline.map((entry) => entry.key)).toContain('column:Snack')
    expect(answers[2]).toMatchObject({ stage: 'drawing', teams: 3 })
    const chart = (answers[3] as Extract<FromPreviewWorker, { type: 'chart' }>).chart
    expect(chart).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3C%3Fxml/)
    expect(decodeURIComponent(chart!)).toContain('>Search</text>')
  })

  it('imports again only for another mapping: a change of theme draws the same import again', async () => {
    const { send, answersTo } = session()
    send({ type: 'open', source })
    send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    const light = await answersTo(1)
    send({ type: 'preview', id: 2, request: { mapping: MAPPING, theme: 'dark' } })
    const dark = await answersTo(2)
    expect(dark.map((a) => a.type)).toEqual(['stage', 'chart'])
    expect(dark.at(-1)).not.toEqual({ ...light.at(-1), id: 2 })

    const skipGroup = { version: 1 as const, roles: { 'column:Group': 'skip' as const } }
    send({ type: 'preview', id: 3, request: { mapping: skipGroup, theme: 'dark' } })
    const regrouped = await answersTo(3)
    expect(regrouped.map((a) => a.type)).toEqual(['stage', 'imported', 'stage', 'chart'])
    expect(regrouped[1]).toMatchObject({
      summary: { mapping: skipGroup, counts: { groups: 0, teams: 3, skipped: 2 } }
    })
  })

  it('gives Accept the catalog and YAML of the latest import, and nothing when it has no catalog', async () => {
    const { send, answersTo } = session()
    send({ type: 'open', source })
    send({
      type: 'preview',
      id: 1,
      request: { mapping: { version: 1, roles: { 'column:Group': 'skip' } }, theme: 'light' }
    })
    send({ type: 'accept', id: 2 })
    const [accepted] = await answersTo(2)
    expect(accepted.type).toBe('accepted')
    const made = (accepted as Extract<FromPreviewWorker, { type: 'accepted' }>).accepted!
    expect(made.catalog.divisions.map((d) => d.name)).toEqual(['Core', 'Growth'])
    expect(made.catalog.divisions[0].groups).toEqual([])
    expect(made.catalogYaml).toMatch(/^# OrgScope catalog imported from teams\.csv/)
    expect(made.catalogYaml).toContain('name: Ledger')

    send({
      type: 'open',
      source: { ...source, files: [{ path: 'teams.csv', text: `Team\n${'x'.repeat(201)}\n` }] }
    })
    send({ type: 'preview', id: 3, request: { mapping: MAPPING, theme: 'light' } })
    const invalid = await answersTo(3)
    expect(invalid.at(-1)).toEqual({ type: 'chart', id: 3, chart: undefined })
    expect(invalid[1]).toMatchObject({
      summary: { importable: false, errors: [{ file: 'teams.csv', line: 2 }] }
    })
    send({ type: 'accept', id: 4 })
    expect(await answersTo(4)).toEqual([{ type: 'accepted', id: 4, accepted: undefined }])
  })

  it('draws the chart with the logos the page sent, and loads only those it did not', async () => {
    const { send, answersTo, asked } = session({ logos: [['terraform', 'M1 1Z']] })
    send({
      type: 'open',
      source: {
        ...source,
        files: [{ path: 'teams.csv', text: 'Team,Stack\nPay,"Go, Terraform"\n' }]
      },
      logos: [['go', 'M0 0h24Z']]
    })
    send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    const chart = (await answersTo(1)).at(-1) as Extract<FromPreviewWorker, { type: 'chart' }>
    expect(asked).toEqual([['terraform']])
    expect(decodeURIComponent(chart.chart!)).toContain('M0 0h24Z')
    expect(decodeURIComponent(chart.chart!)).toContain('M1 1Z')
    send({ type: 'preview', id: 2, request: { mapping: MAPPING, theme: 'dark' } })
    await answersTo(2)
    expect(asked).toEqual([['terraform']])
  })

  it('draws the chart with the logos of its technologies, loaded where it runs', async () => {
    const { send, answersTo, asked } = session({ logos: [['go', 'M0 0h24v24H0z']] })
    send({
      type: 'open',
      source: { ...source, files: [{ path: 'teams.csv', text: 'Team,Stack\nPay,Go\n' }] }
    })
    send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    const chart = (await answersTo(1)).at(-1) as Extract<FromPreviewWorker, { type: 'chart' }>
    expect(asked).toEqual([['go']])
    expect(decodeURIComponent(chart.chart!)).toContain('M0 0h24v24H0z')
  })

  it('draws a chart of more than the threshold of nodes as a PNG where it can, an SVG where it cannot or fails', async () => {
    const rows = Array.from({ length: LARGE_CHART_NODES }, (_, i) => `Team ${i},Core`)
    const big = {
      ...source,
      files: [{ path: 'teams.csv', text: `Team,Division\n${rows.join('\n')}\n` }]
    }
    const sizes: { width: number; height: number; scale: number }[] = []
    const rasterize: RasterizePreview = async (scene, size) => {
      expect(scene.width).toBeGreaterThan(0)
      sizes.push(size)
      return 'data:image/png;base64,AAAA'
    }
    const withCanvas = session({ rasterize })
    withCanvas.send({ type: 'open', source: big })
    withCanvas.send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    expect((await withCanvas.answersTo(1)).at(-1)).toMatchObject({
      chart: 'data:image/png;base64,AAAA'
    })
    expect(Math.max(sizes[0].width, sizes[0].height)).toBeLessThanOrEqual(4_096)

    const small = session({ rasterize })
    small.send({ type: 'open', source })
    small.send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    expect((await small.answersTo(1)).at(-1)).toMatchObject({
      chart: expect.stringMatching(/^data:image\/svg/)
    })
    expect(sizes).toHaveLength(1)

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const noFonts = session({
      rasterize: () => Promise.reject(new Error('could not load the font inter.woff2: 404'))
    })
    noFonts.send({ type: 'open', source: big })
    noFonts.send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    expect((await noFonts.answersTo(1)).at(-1)).toMatchObject({
      chart: expect.stringMatching(/^data:image\/svg/)
    })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not load the font'))
    warn.mockRestore()

    const noCanvas = session()
    noCanvas.send({ type: 'open', source: big })
    noCanvas.send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    expect((await noCanvas.answersTo(1)).at(-1)).toMatchObject({
      chart: expect.stringMatching(/^data:image\/svg/)
    })
  })

  it('draws a chart too large to read with its teams collapsed, as the app first opens it, and says so', async () => {
    const guide = (teams: number) => ({
      ...source,
      files: [
        {
          path: 'teams.csv',
          text: `Team,Division,Projects\n${Array.from({ length: teams }, (_, i) => `Team ${i},Core,Alpha ${i}; Beta ${i}`).join('\n')}\n`
        }
      ]
    })
    const texts = (scene: Scene) => {
      const found: string[] = []
      const walk = (shapes: readonly Shape[]) => {
        for (const shape of shapes) {
          if (shape.type === 'text') found.push(shape.text)
          if (shape.type === 'group') walk(shape.children)
        }
      }
      walk(scene.shapes)
      return found
    }
    const drawn: string[][] = []
    const rasterize: RasterizePreview = async (scene) => {
      drawn.push(texts(scene))
      return 'data:image/png;base64,AAAA'
    }
    // Each team is three cards expanded: a third of the threshold is over it.
    const large = session({ rasterize })
    large.send({ type: 'open', source: guide(Math.ceil(LARGE_CHART_NODES / 3) + 1) })
    large.send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    expect((await large.answersTo(1)).at(-1)).toMatchObject({ teamsCollapsed: true })
    expect(drawn[0]).toContain('Team 0')
    expect(drawn[0].filter((text) => /^(?:Alpha|Beta) /u.test(text))).toEqual([])

    const small = session({ rasterize })
    small.send({ type: 'open', source: guide(3) })
    small.send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    const chart = (await small.answersTo(1)).at(-1) as Extract<FromPreviewWorker, { type: 'chart' }>
    expect(chart.teamsCollapsed).toBeUndefined()
    expect(decodeURIComponent(chart.chart!)).toContain('>Alpha 0</text>')
  })

  it('embeds Inter in the SVG chart, loaded once, as the layout measured the cards for it; draws without it when it cannot load', async () => {
    let loads = 0
    const fonts = async () => {
      loads++
      return {
        faces: [
          { weight: 400 as const, subset: 'latin' as const, woff2Base64: 'UkVHVUxBUg==' },
          { weight: 700 as const, subset: 'latin' as const, woff2Base64: 'Qk9MRA==' }
        ]
      }
    }
    const withFonts = session({ fonts })
    withFonts.send({ type: 'open', source })
    withFonts.send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    withFonts.send({ type: 'preview', id: 2, request: { mapping: MAPPING, theme: 'dark' } })
    for (const id of [1, 2]) {
      const chart = (await withFonts.answersTo(id)).at(-1) as Extract<
        FromPreviewWorker,
        { type: 'chart' }
      >
      const svg = decodeURIComponent(chart.chart!)
      expect(svg).toContain('@font-face{font-family:Inter;font-style:normal;font-weight:700;')
      expect(svg).toContain('base64,Qk9MRA==')
    }
    expect(loads).toBe(1)

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const failing = session({ fonts: () => Promise.reject(new Error('fetch failed: file://')) })
    failing.send({ type: 'open', source })
    failing.send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    const chart = (await failing.answersTo(1)).at(-1) as Extract<
      FromPreviewWorker,
      { type: 'chart' }
    >
    expect(decodeURIComponent(chart.chart!)).toContain('>Search</text>')
    expect(decodeURIComponent(chart.chart!)).not.toContain('@font-face')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('fetch failed: file://'))
    warn.mockRestore()
  })

  it('answers a request it cannot serve with a failure, never a throw', async () => {
    const { send, answersTo } = session()
    send({ type: 'preview', id: 1, request: { mapping: MAPPING, theme: 'light' } })
    expect(await answersTo(1)).toEqual([
      {
        type: 'failed',
        id: 1,
        message: 'the import preview asked for a preview before its source'
      }
    ])
  })
})
