import { deflateSync } from 'node:zlib'
import { FONT_WEIGHTS, nearestWeight, type FontWeight } from '../../shared/export/fonts'
import {
  textStart,
  type GroupShape,
  type LogoShape,
  type Paint,
  type Rect,
  type Scene,
  type Shape,
  type TextShape
} from '../../shared/export/scene'
import { absolutePathData } from './absolute-path'
import { pdfPathOperators } from './path-data'

/**
 * A scene written as PDF page content: pdfkit owns the document (pages, fonts and their subsets,
 * the file), and this writes each page's drawing as one content string of PDF operators.
 *
 * Why not pdfkit's drawing calls, or SVG through svg-to-pdfkit as before: svg-to-pdfkit parsed
 * each page's SVG again and positioned every glyph on its own (a 5,000-team A4 export took ~30 s
 * and ~20 MB), and pdfkit's calls cost tens of microseconds each (colour parsing, a buffer per
 * operator). Here a text run is one TJ, its glyphs encoded once per document and string, and the
 * state (colours, opacity, line width, dash) is written only when it changes.
 *
 * Each page's drawing is a form XObject whose content this deflates itself, at zlib's fastest
 * level: pdfkit's level 6 took a quarter of the time at 5,000 teams, and handing the streams to
 * libuv's thread pool cost more on this thread than it saved (measured at 10,000 teams: 7.7 s of
 * CPU with those, 3.6 s with level 1; the file is 24 MB instead of 19 MB).
 */

/** What this needs of pdfkit's document: its object refs and its embedded fonts. */
export interface PdfDocumentLike {
  ref(data?: Record<string, unknown>): PdfRef
  font(name: string): PdfDocumentLike
  readonly page: {
    fonts: Record<string, unknown>
    ext_gstates: Record<string, unknown>
    xobjects: Record<string, unknown>
  }
  addContent(content: string): unknown
}

export interface PdfRef {
  readonly data: Record<string, unknown>
  end(chunk?: string | Uint8Array): unknown
}

/** pdfkit's embedded font, as far as we use it (the glyph encoder and the font's object). */
interface EmbeddedFont {
  id: string
  ref(): PdfRef
  encode(
    text: string
  ): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]]
}

/** One encoded text run: its TJ operand and its advance in thousandths of the font size. */
interface Run {
  tj: string
  advance: number
}

/** The resources one content stream (a page, or a group's form) uses. */
interface Resources {
  fonts: Record<string, PdfRef>
  states: Record<string, PdfRef>
  forms: Record<string, PdfRef>
}

export class PdfSceneWriter {
  private readonly fonts: Record<FontWeight, EmbeddedFont>
  private readonly runs = new Map<EmbeddedFont, Map<string, Run>>()
  private readonly states = new Map<string, { name: string; ref: PdfRef }>()
  private readonly paths = new Map<string, string>()
  private readonly logoPaths = new Map<string, string>()
  private forms = 0
  /**
   * What each node's drawing became, kept for the next page that shows the same node (a tiled
   * PDF shows each twice: on the overview and on its tile): its operators, or its layer.
   */
  private readonly nodes = new WeakMap<GroupShape, { text: string; resources: Resources }>()
  private readonly layers = new WeakMap<GroupShape, { name: string; ref: PdfRef }>()

  /** `familyFor(weight)`: the name each Inter weight was registered under in the document. */
  constructor(
    private readonly doc: PdfDocumentLike,
    familyFor: (weight: FontWeight) => string
  ) {
    const fonts = {} as Record<FontWeight, EmbeddedFont>
    for (const weight of FONT_WEIGHTS) {
      doc.font(familyFor(weight))
      fonts[weight] = (doc as unknown as { _font: EmbeddedFont })._font
    }
    this.fonts = fonts
  }

  /**
   * Draws `scene` on the current page with its top-left corner at (x, y) points, `scale` points
   * a scene pixel, clipped to the scene's rectangle (a tile's scene reaches past its edges).
   */
  drawScene(scene: Scene, x: number, y: number, scale: number): void {
    const stream = new ContentStream()
    if (scene.background) {
      stream.fill(scene.background)
      stream.op(`0 0 ${f(scene.width)} ${f(scene.height)} re f`)
    }
    const name = `Scene${++this.forms}`
    // The form's box clips it: a tile's scene reaches past its edges.
    this.doc.page.xobjects[name] = this.form(scene.shapes, { x: 0, y: 0, ...scene }, stream)
    this.doc.addContent(
      `q ${f(x)} ${f(y)} ${f(scene.width * scale)} ${f(scene.height * scale)} re W n ` +
        `${f(scale)} 0 0 ${f(scale)} ${f(x)} ${f(y)} cm /${name} Do Q`
    )
  }

  private shapes(list: readonly Shape[], stream: ContentStream, resources: Resources): void {
    for (const shape of list) {
      switch (shape.type) {
        case 'rect': {
          const { x, y, width, height } = shape
          const rx = Math.min(shape.rx ?? 0, width / 2)
          const ry = Math.min(shape.ry ?? shape.rx ?? 0, height / 2)
          this.paint(shape.paint, stream, resources, () =>
            rx > 0 && ry > 0
              ? roundedRect(x, y, width, height, rx, ry)
              : `${f(x)} ${f(y)} ${f(width)} ${f(height)} re\n`
          )
          break
        }
        case 'circle':
          this.paint(shape.paint, stream, resources, () =>
            roundedRect(
              shape.cx - shape.r,
              shape.cy - shape.r,
              2 * shape.r,
              2 * shape.r,
              shape.r,
              shape.r
            )
          )
          break
        case 'path': {
          let operators = this.paths.get(shape.d)
          if (operators === undefined) {
            operators = pdfPathOperators(shape.d, f)
            this.paths.set(shape.d, operators)
          }
          this.paint(shape.paint, stream, resources, () => operators)
          break
        }
        case 'text':
          this.text(shape, stream, resources)
          break
        case 'logo':
          this.logo(shape, stream, resources)
          break
        case 'group':
          this.group(shape, stream, resources)
          break
      }
    }
  }

  /**
   * A logo: its path's operators, worked out once per logo in its own 24×24 space, drawn with a
   * transform into its square. The colour and opacity are set before `q`, so the stream's record
   * of them still holds after `Q`.
   */
  private logo(shape: LogoShape, stream: ContentStream, resources: Resources): void {
    let operators = this.logoPaths.get(shape.id)
    if (operators === undefined) {
      operators = pdfPathOperators(absolutePathData(shape.d), f)
      this.logoPaths.set(shape.id, operators)
    }
    stream.state(this.state(1, 1, resources))
    stream.fill(shape.fill)
    const k = shape.size / 24
    stream.op(`q ${f(k)} 0 0 ${f(k)} ${f(shape.x)} ${f(shape.y)} cm\n${operators}f Q`)
  }

  private group(group: GroupShape, stream: ContentStream, resources: Resources): void {
    const opacity = group.opacity ?? 1
    stream.op('q')
    if (group.translate) stream.op(`1 0 0 1 ${f(group.translate.x)} ${f(group.translate.y)} cm`)
    if (group.clip) {
      const { x, y, width, height } = group.clip
      stream.op(`${f(x)} ${f(y)} ${f(width)} ${f(height)} re W n`)
    }
    if (opacity < 1) {
      // A transparency group: the children are drawn as one layer, then faded as a whole (as
      // SVG's group opacity and the screen's CSS opacity do), so a dimmed card's text does not
      // show the card through it. One form per node, however many pages show it.
      let layer = this.layers.get(group)
      if (!layer) {
        const ref = this.form(group.children, group.bounds ?? EVERYWHERE, new ContentStream(), true)
        layer = { name: `Fm${++this.forms}`, ref }
        this.layers.set(group, layer)
      }
      resources.forms[layer.name] = layer.ref
      stream.state(this.state(opacity, opacity, resources))
      stream.op(`/${layer.name} Do`)
    } else if (group.node) {
      let drawn = this.nodes.get(group)
      if (!drawn) {
        // From a blank state, so the operators hold wherever they are written again.
        const own = new ContentStream()
        const used: Resources = { fonts: {}, states: {}, forms: {} }
        this.shapes(group.children, own, used)
        drawn = { text: own.text(), resources: used }
        this.nodes.set(group, drawn)
      }
      Object.assign(resources.fonts, drawn.resources.fonts)
      Object.assign(resources.states, drawn.resources.states)
      Object.assign(resources.forms, drawn.resources.forms)
      stream.op(drawn.text)
    } else {
      this.shapes(group.children, stream, resources)
    }
    stream.op('Q')
    stream.forget()
  }

  /** A form XObject drawing `children` (after what `stream` holds already) within `box`. */
  private form(
    children: readonly Shape[],
    box: Rect,
    stream: ContentStream,
    transparencyGroup = false
  ): PdfRef {
    const resources: Resources = { fonts: {}, states: {}, forms: {} }
    this.shapes(children, stream, resources)
    const resourceRef = this.doc.ref({
      ...(Object.keys(resources.fonts).length && { Font: resources.fonts }),
      ...(Object.keys(resources.states).length && { ExtGState: resources.states }),
      ...(Object.keys(resources.forms).length && { XObject: resources.forms })
    })
    resourceRef.end()
    const form = this.doc.ref({
      Type: 'XObject',
      Subtype: 'Form',
      FormType: 1,
      BBox: [box.x, box.y, box.x + box.width, box.y + box.height],
      ...(transparencyGroup && {
        Group: { S: 'Transparency', CS: 'DeviceRGB', I: true, K: false }
      }),
      Resources: resourceRef,
      // Set here, pdfkit leaves the bytes as they are: they are deflated below.
      Filter: 'FlateDecode'
    })
    const content = stream.text()
    form.end(deflateSync(content, content.length < SMALL_STREAM ? SMALL_DEFLATE : LARGE_DEFLATE))
    return form
  }

  /** Fill, then stroke over it, as SVG paints; `outline` gives the path operators. */
  private paint(
    paint: Paint,
    stream: ContentStream,
    resources: Resources,
    outline: () => string
  ): void {
    const fill = paint.fill !== undefined
    const stroke = paint.stroke !== undefined
    if (!fill && !stroke) return
    stream.state(
      this.state(
        fill ? (paint.fillOpacity ?? 1) : 1,
        stroke ? (paint.strokeOpacity ?? 1) : 1,
        resources
      )
    )
    if (fill) stream.fill(paint.fill!)
    if (stroke) {
      stream.stroke(paint.stroke!)
      stream.lineWidth(paint.strokeWidth ?? 1)
      stream.dash(paint.dash)
    }
    stream.op(outline() + (fill && stroke ? 'B' : fill ? 'f' : 'S'))
  }

  private text(shape: TextShape, stream: ContentStream, resources: Resources): void {
    const font = this.fonts[nearestWeight(shape.weight)]
    const run = this.run(font, shape.text)
    if (!run) return
    resources.fonts[font.id] = font.ref()
    stream.state(this.state(1, 1, resources))
    stream.fill(shape.fill)
    const width = (run.advance * shape.size) / 1000
    const x = textStart(shape, width)
    // The page's y axis points down (pdfkit flips it); the text matrix flips it back for glyphs.
    stream.op(
      `BT /${font.id} ${f(shape.size)} Tf 1 0 0 -1 ${f(x)} ${f(shape.y)} Tm ${run.tj} TJ ET`
    )
  }

  /**
   * A string's glyphs, encoded once per font: the encoder shapes the text (kerning) and adds
   * its glyphs to the font's subset. Kerning goes into the TJ array, as pdfkit writes it.
   */
  private run(font: EmbeddedFont, text: string): Run | undefined {
    let cache = this.runs.get(font)
    if (!cache) this.runs.set(font, (cache = new Map()))
    const cached = cache.get(text)
    if (cached) return cached
    if (text.length === 0) return undefined
    const [glyphs, positions] = font.encode(text)
    const parts: string[] = []
    let hex = ''
    let advance = 0
    for (let i = 0; i < glyphs.length; i++) {
      hex += glyphs[i]
      const kerning = positions[i].xAdvance - positions[i].advanceWidth
      if (kerning !== 0) {
        parts.push(`<${hex}> ${f(-kerning)}`)
        hex = ''
      }
      advance += positions[i].xAdvance
    }
    if (hex) parts.push(`<${hex}>`)
    const run = { tj: `[${parts.join(' ')}]`, advance }
    cache.set(text, run)
    return run
  }

  /** The graphics state for fill and stroke opacities (one object per pair, in the document). */
  private state(fillOpacity: number, strokeOpacity: number, resources: Resources): string {
    const key = `${f(fillOpacity)}/${f(strokeOpacity)}`
    let state = this.states.get(key)
    if (!state) {
      const ref = this.doc.ref({ Type: 'ExtGState', ca: fillOpacity, CA: strokeOpacity })
      ref.end()
      state = { name: `OsGs${this.states.size + 1}`, ref }
      this.states.set(key, state)
    }
    resources.states[state.name] = state.ref
    return state.name
  }
}

/**
 * One content stream's operators, with the state written only when it changes. `forget()`
 * after a Q: the restored state is no longer known.
 */
class ContentStream {
  private readonly parts: string[] = []
  private current: {
    fill?: string
    stroke?: string
    width?: number
    dash?: string
    state?: string
  } = {}

  op(text: string): void {
    this.parts.push(text)
  }

  text(): string {
    return this.parts.join('\n')
  }

  forget(): void {
    this.current = {}
  }

  fill(color: string): void {
    if (this.current.fill === color) return
    this.current.fill = color
    this.op(`${rgb(color)} rg`)
  }

  stroke(color: string): void {
    if (this.current.stroke === color) return
    this.current.stroke = color
    this.op(`${rgb(color)} RG`)
  }

  lineWidth(width: number): void {
    if (this.current.width === width) return
    this.current.width = width
    this.op(`${f(width)} w`)
  }

  dash(pattern: readonly number[] | undefined): void {
    const text = `[${(pattern ?? []).map(f).join(' ')}] 0 d`
    if ((this.current.dash ?? '[] 0 d') === text) return
    this.current.dash = text
    this.op(text)
  }

  state(name: string): void {
    if (this.current.state === name) return
    this.current.state = name
    this.op(`/${name} gs`)
  }
}

/**
 * A card's layer is deflated with a window and memory to its size (zlib's defaults set up
 * 256 KiB each time, which cost more than compressing the card); a page, at the fastest level.
 */
const SMALL_STREAM = 16 * 1024
const SMALL_DEFLATE = { windowBits: 14, memLevel: 4 }
const LARGE_DEFLATE = { level: 1 }

const EVERYWHERE: Rect = { x: -1e5, y: -1e5, width: 2e5, height: 2e5 }

/** The kappa of a quarter ellipse drawn as one cubic Bézier. */
const KAPPA = 0.5522847498

function roundedRect(x: number, y: number, w: number, h: number, rx: number, ry: number): string {
  const kx = rx * KAPPA
  const ky = ry * KAPPA
  const [r, b] = [x + w, y + h]
  const p = (px: number, py: number) => `${f(px)} ${f(py)}`
  return (
    `${p(x + rx, y)} m\n${p(r - rx, y)} l\n` +
    `${p(r - rx + kx, y)} ${p(r, y + ry - ky)} ${p(r, y + ry)} c\n` +
    `${p(r, b - ry)} l\n${p(r, b - ry + ky)} ${p(r - rx + kx, b)} ${p(r - rx, b)} c\n` +
    `${p(x + rx, b)} l\n${p(x + rx - kx, b)} ${p(x, b - ry + ky)} ${p(x, b - ry)} c\n` +
    `${p(x, y + ry)} l\n${p(x, y + ry - ky)} ${p(x + rx - kx, y)} ${p(x + rx, y)} c\nh\n`
  )
}

const colors = new Map<string, string>()

/** #rrggbb (or #rgb) as PDF's "r g b" in 0–1. */
function rgb(color: string): string {
  let out = colors.get(color)
  if (out) return out
  const hex =
    color.length === 4 ? [...color.slice(1)].map((c) => c + c).join('') : color.slice(1, 7)
  out = [0, 2, 4].map((i) => f(parseInt(hex.slice(i, i + 2), 16) / 255)).join(' ')
  colors.set(color, out)
  return out
}

/** Numbers as PDF writes them: up to 3 decimals, no exponent. */
function f(n: number): string {
  const rounded = Math.round(n * 1000) / 1000
  return Object.is(rounded, -0) ? '0' : String(rounded)
}
