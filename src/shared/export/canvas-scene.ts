import { FONT_FAMILY, nearestWeight } from './fonts'
import {
  boxesMeet,
  type GroupShape,
  type LogoShape,
  type Paint,
  type Rect,
  type Scene,
  type Shape,
  textStart
} from './scene'

/**
 * The 2D canvas API as this file uses it: what a browser's (Offscreen)CanvasRenderingContext2D
 * and Node's @napi-rs/canvas (Skia, the engine Chromium draws the screen with) both provide.
 * Written out here because src/shared sees neither the DOM's types nor Node's.
 */
export interface Canvas2D {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  globalAlpha: number
  font: string
  textAlign: unknown
  textBaseline: unknown
  save(): void
  restore(): void
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  ellipse(
    x: number,
    y: number,
    radiusX: number,
    radiusY: number,
    rotation: number,
    startAngle: number,
    endAngle: number
  ): void
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void
  rect(x: number, y: number, width: number, height: number): void
  closePath(): void
  fill(path?: never): void
  stroke(path?: never): void
  clip(): void
  setLineDash(segments: number[]): void
  fillRect(x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number): void
  drawImage(image: never, dx: number, dy: number): void
}

/** What a canvas drawing needs from its platform besides the context. */
export interface CanvasPlatform {
  /** A Path2D of SVG path data. */
  path(d: string): unknown
  /** A transparent canvas of whole pixels, for a group drawn as one layer (group opacity). */
  layer(width: number, height: number): { context: Canvas2D; image: unknown }
}

export interface CanvasTarget {
  /** Device pixels per document pixel. */
  scale: number
  /** The document rectangle the canvas shows from its top-left corner (a band of a large PNG). */
  area?: Rect
  /**
   * Text smaller than this on the canvas, in device pixels, is drawn as a faint bar of its
   * length ("greeked", as a map's overview draws its labels): no one can read it, and a
   * thumbnail of 90,000 cards spent most of its time shaping 210,000 such texts. Exports leave
   * it unset: their text is drawn at every size.
   */
  greekTextBelow?: number
}

/**
 * Draws a scene as an SVG renderer would: SVG's fill-then-stroke, its rounded rectangles, group
 * opacity as a layer (a dimmed card is faded as a whole, not shape by shape, so its text does not
 * show the card through it), and text in Inter at its baseline. Shapes outside `target.area`
 * are skipped, so a band of a large picture costs what its own shapes cost.
 */
export function drawScene(
  context: Canvas2D,
  scene: Scene,
  platform: CanvasPlatform,
  target: CanvasTarget
): void {
  const area = target.area ?? { x: 0, y: 0, width: scene.width, height: scene.height }
  const painter = new Painter(
    context,
    platform,
    target.scale,
    { x: -area.x, y: -area.y },
    {
      paths: new Map(),
      logos: new Map(),
      greekTextBelow: target.greekTextBelow ?? 0
    }
  )
  context.save()
  painter.apply()
  if (scene.background) {
    context.fillStyle = scene.background
    context.fillRect(area.x, area.y, area.width, area.height)
  }
  painter.shapes(scene.shapes, area)
  context.restore()
}

/**
 * Logos are drawn from images of them, each made once (per logo, colour, size and 64th of a pixel
 * it starts at): filling a logo's path anew for each of 20,000 chips was a third of drawing a
 * 5,000-team chart, and an image of whole pixels is copied, not filled. (At a 16th of a pixel,
 * png.test's comparison with the paths filled in place saw the logos moved; at a 64th it does not.)
 */
const LOGO_STEPS = 64

/** What the painters of one drawing (the canvas's and its layers') make once and share. */
interface Made {
  /** Path2D objects by their SVG path data. */
  paths: Map<string, unknown>
  /** Logo images by logo, colour, size and fraction of a pixel (see logo). */
  logos: Map<string, unknown>
  /** CanvasTarget.greekTextBelow, in device pixels (0: none). */
  greekTextBelow: number
}

class Painter {
  private font = ''

  constructor(
    private readonly context: Canvas2D,
    private readonly platform: CanvasPlatform,
    private readonly scale: number,
    /** Where document (0, 0) is, in document pixels from the canvas's top-left corner. */
    private offset: { x: number; y: number },
    private readonly made: Made
  ) {}

  /** The canvas transform for the current offset. */
  apply(): void {
    const s = this.scale
    this.context.setTransform(s, 0, 0, s, this.offset.x * s, this.offset.y * s)
  }

  /** `visible`: the part of the canvas in the shapes' own coordinates. */
  shapes(list: readonly Shape[], visible: Rect): void {
    for (const shape of list) {
      switch (shape.type) {
        case 'rect':
          this.rect(shape.x, shape.y, shape.width, shape.height, shape.rx, shape.ry, shape.paint)
          break
        case 'circle': {
          const { context } = this
          context.beginPath()
          context.arc(shape.cx, shape.cy, shape.r, 0, 2 * Math.PI)
          this.paint(shape.paint)
          break
        }
        case 'path':
          if (shape.bounds && !boxesMeet(shape.bounds, visible)) break
          this.path(shape.d, shape.paint)
          break
        case 'text':
          this.text(shape)
          break
        case 'logo':
          this.logo(shape)
          break
        case 'group':
          if (shape.bounds && !boxesMeet(shape.bounds, visible)) break
          this.group(shape, visible)
          break
      }
    }
  }

  private group(group: GroupShape, visible: Rect): void {
    const { context } = this
    const dx = group.translate?.x ?? 0
    const dy = group.translate?.y ?? 0
    const inner = { ...visible, x: visible.x - dx, y: visible.y - dy }
    const opacity = group.opacity ?? 1
    if (opacity < 1 && group.bounds) {
      this.layer(group, opacity, visible)
      return
    }
    context.save()
    this.offset = { x: this.offset.x + dx, y: this.offset.y + dy }
    this.apply()
    if (group.clip) {
      context.beginPath()
      context.rect(group.clip.x, group.clip.y, group.clip.width, group.clip.height)
      context.clip()
    }
    // Without bounds there is no layer to fade: each shape fades on its own instead.
    if (opacity < 1) context.globalAlpha *= opacity
    this.shapes(group.children, inner)
    context.restore()
    this.offset = { x: this.offset.x - dx, y: this.offset.y - dy }
    this.font = ''
  }

  /**
   * Draws the group on a layer of whole device pixels lined up with the canvas's own (so
   * nothing is resampled), then lays the layer on the canvas at the group's opacity.
   */
  private layer(group: GroupShape, opacity: number, visible: Rect): void {
    const bounds = group.bounds!
    const s = this.scale
    const left = Math.floor((bounds.x + this.offset.x) * s)
    const top = Math.floor((bounds.y + this.offset.y) * s)
    const right = Math.ceil((bounds.x + bounds.width + this.offset.x) * s)
    const bottom = Math.ceil((bounds.y + bounds.height + this.offset.y) * s)
    if (right <= left || bottom <= top) return
    const { context, image } = this.platform.layer(right - left, bottom - top)
    const painter = new Painter(
      context,
      this.platform,
      s,
      { x: this.offset.x - left / s, y: this.offset.y - top / s },
      this.made
    )
    painter.apply()
    painter.shapes([{ ...group, opacity: undefined, bounds: undefined }], visible)
    this.context.save()
    this.context.setTransform(1, 0, 0, 1, 0, 0)
    this.context.globalAlpha *= opacity
    this.context.drawImage(image as never, left, top)
    this.context.restore()
  }

  private rect(
    x: number,
    y: number,
    width: number,
    height: number,
    rx = 0,
    ry = rx,
    paint: Paint
  ): void {
    const { context } = this
    context.beginPath()
    // SVG's rules: a radius is at most half the side it rounds.
    const a = Math.min(rx, width / 2)
    const b = Math.min(ry, height / 2)
    if (a > 0 && b > 0) {
      const right = x + width
      const bottom = y + height
      context.moveTo(x + a, y)
      context.lineTo(right - a, y)
      context.ellipse(right - a, y + b, a, b, 0, -Math.PI / 2, 0)
      context.lineTo(right, bottom - b)
      context.ellipse(right - a, bottom - b, a, b, 0, 0, Math.PI / 2)
      context.lineTo(x + a, bottom)
      context.ellipse(x + a, bottom - b, a, b, 0, Math.PI / 2, Math.PI)
      context.lineTo(x, y + b)
      context.ellipse(x + a, y + b, a, b, 0, Math.PI, (3 * Math.PI) / 2)
      context.closePath()
    } else {
      context.rect(x, y, width, height)
    }
    this.paint(paint)
  }

  private path(d: string, paint: Paint): void {
    this.paint(paint, this.path2D(d))
  }

  private path2D(d: string): unknown {
    let path = this.made.paths.get(d)
    if (path === undefined) {
      path = this.platform.path(d)
      this.made.paths.set(d, path)
    }
    return path
  }

  /**
   * A logo's 24×24 path scaled into its square, copied from its image: the image has the logo
   * drawn at the same fraction of a pixel (to a 64th) as here, so the copy, at whole
   * pixels, has the pixels the path would have filled.
   */
  private logo(shape: LogoShape): void {
    const s = this.scale
    const x = (this.offset.x + shape.x) * s
    const y = (this.offset.y + shape.y) * s
    let left = Math.floor(x)
    let top = Math.floor(y)
    let dx = Math.round((x - left) * LOGO_STEPS)
    let dy = Math.round((y - top) * LOGO_STEPS)
    if (dx === LOGO_STEPS) [left, dx] = [left + 1, 0]
    if (dy === LOGO_STEPS) [top, dy] = [top + 1, 0]
    const side = shape.size * s
    const key = `${shape.id} ${shape.fill} ${side} ${dx} ${dy}`
    let image = this.made.logos.get(key)
    if (image === undefined) {
      const width = Math.ceil(side + dx / LOGO_STEPS)
      const height = Math.ceil(side + dy / LOGO_STEPS)
      const layer = this.platform.layer(Math.max(1, width), Math.max(1, height))
      const k = side / 24
      layer.context.setTransform(k, 0, 0, k, dx / LOGO_STEPS, dy / LOGO_STEPS)
      layer.context.fillStyle = shape.fill
      layer.context.fill(this.path2D(shape.d) as never)
      image = layer.image
      this.made.logos.set(key, image)
    }
    this.context.save()
    this.context.setTransform(1, 0, 0, 1, 0, 0)
    this.context.drawImage(image as never, left, top)
    this.context.restore()
  }

  /** SVG's order: the fill, then the stroke over it. */
  private paint(paint: Paint, path?: unknown): void {
    const { context } = this
    const alpha = context.globalAlpha
    if (paint.fill) {
      context.fillStyle = paint.fill
      context.globalAlpha = alpha * (paint.fillOpacity ?? 1)
      if (path === undefined) context.fill()
      else context.fill(path as never)
    }
    if (paint.stroke) {
      context.strokeStyle = paint.stroke
      context.globalAlpha = alpha * (paint.strokeOpacity ?? 1)
      context.lineWidth = paint.strokeWidth ?? 1
      if (paint.dash) context.setLineDash([...paint.dash])
      if (path === undefined) context.stroke()
      else context.stroke(path as never)
      if (paint.dash) context.setLineDash([])
    }
    context.globalAlpha = alpha
  }

  private text(shape: Extract<Shape, { type: 'text' }>): void {
    const { context } = this
    if (shape.size * this.scale < this.made.greekTextBelow) return this.greeked(shape)
    const font = `${nearestWeight(shape.weight)} ${shape.size}px ${FONT_FAMILY}`
    // Parsing a font string is the costly part of a short text: set it only when it changes.
    if (font !== this.font) {
      context.font = font
      this.font = font
    }
    context.textAlign =
      shape.anchor === 'middle' ? 'center' : shape.anchor === 'end' ? 'end' : 'start'
    context.textBaseline = 'alphabetic'
    context.fillStyle = shape.fill
    context.fillText(shape.text, shape.x, shape.y)
  }

  /**
   * A text too small to read, as a bar where its letters would be: the x-height's band, as
   * long as the text at an average letter's width, at the text's colour faded as ink spread
   * over the band is.
   */
  private greeked(shape: Extract<Shape, { type: 'text' }>): void {
    const { context } = this
    const width = shape.text.length * shape.size * AVERAGE_LETTER_WIDTH
    const x = textStart(shape, width)
    const alpha = context.globalAlpha
    context.globalAlpha = alpha * GREEKED_INK
    context.fillStyle = shape.fill
    context.fillRect(x, shape.y - shape.size * X_HEIGHT, width, shape.size * X_HEIGHT)
    context.globalAlpha = alpha
  }
}

/** Inter's average letter width and x-height, as fractions of its size, for greeked text. */
const AVERAGE_LETTER_WIDTH = 0.55
const X_HEIGHT = 0.55
/** How much of a greeked bar a text's letters would cover. */
const GREEKED_INK = 0.45
