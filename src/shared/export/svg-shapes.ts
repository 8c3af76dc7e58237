import type { GroupShape, Paint, Rect, Shape } from './scene'
import { el, escapeXml } from './xml'

/** A clip rectangle the shapes refer to, to be written into the document's <defs>. */
export interface SvgClip {
  id: string
  rect: Rect
}

/**
 * Shapes as SVG elements: real <text> with its weight (every viewer picks the font
 * file by it), rects, circles and paths with SVG's own fill and stroke attributes. Every number
 * is rounded to two decimals (see xml.ts), so the same scene always gives the same bytes.
 */
export function svgShapes(shapes: readonly Shape[]): {
  body: string
  clips: SvgClip[]
  /** Path data of each logo the shapes use, by id: each a <symbol> in <defs>, drawn by <use>. */
  logos: Map<string, string>
} {
  const clips: SvgClip[] = []
  const logos = new Map<string, string>()
  const write = (list: readonly Shape[]): string => {
    let out = ''
    for (const shape of list) {
      switch (shape.type) {
        case 'rect':
          out += el('rect', {
            x: shape.x,
            y: shape.y,
            width: shape.width,
            height: shape.height,
            rx: shape.rx,
            ry: shape.ry,
            ...paintAttributes(shape.paint)
          })
          break
        case 'circle':
          out += el('circle', {
            cx: shape.cx,
            cy: shape.cy,
            r: shape.r,
            ...paintAttributes(shape.paint)
          })
          break
        case 'path':
          out += el('path', { d: shape.d, ...paintAttributes(shape.paint) })
          break
        case 'text':
          out += el(
            'text',
            {
              x: shape.x,
              y: shape.y,
              'font-size': shape.size,
              'font-weight': shape.weight,
              fill: shape.fill,
              'text-anchor': shape.anchor
            },
            escapeXml(shape.text)
          )
          break
        case 'logo':
          if (!logos.has(shape.id)) logos.set(shape.id, shape.d)
          out += el('use', {
            href: `#${logoSymbolId(shape.id)}`,
            x: shape.x,
            y: shape.y,
            width: shape.size,
            height: shape.size,
            fill: shape.fill
          })
          break
        case 'group':
          out += el('g', groupAttributes(shape, clips), write(shape.children))
          break
      }
    }
    return out
  }
  return { body: write(shapes), clips, logos }
}

/** The id of a logo's <symbol>: logo ids are simple-icons slugs, letters, digits and "_". */
export function logoSymbolId(id: string): string {
  return `orgscope-logo-${id}`
}

/** Each logo once, as a <symbol> its <use>s draw at their size, in their fill. */
export function logoSymbols(logos: ReadonlyMap<string, string>): string {
  let out = ''
  for (const [id, d] of logos) {
    out += el('symbol', { id: logoSymbolId(id), viewBox: '0 0 24 24' }, el('path', { d }))
  }
  return out
}

function paintAttributes(paint: Paint) {
  return {
    fill: paint.fill ?? 'none',
    'fill-opacity': paint.fillOpacity,
    stroke: paint.stroke,
    'stroke-opacity': paint.strokeOpacity,
    'stroke-width': paint.strokeWidth,
    'stroke-dasharray': paint.dash?.join(' ')
  }
}

function groupAttributes(group: GroupShape, clips: SvgClip[]) {
  let clipPath: string | undefined
  if (group.clip) {
    const id = clips.length === 0 ? 'orgscope-view' : `orgscope-view-${clips.length + 1}`
    clips.push({ id, rect: group.clip })
    clipPath = `url(#${id})`
  }
  return {
    'data-node-id': group.node?.id,
    'data-kind': group.node?.kind,
    opacity: group.opacity,
    transform:
      group.translate && `translate(${num2(group.translate.x)} ${num2(group.translate.y)})`,
    'clip-path': clipPath
  }
}

function num2(n: number): number {
  return Math.round(n * 100) / 100
}
