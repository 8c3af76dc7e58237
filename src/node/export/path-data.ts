/**
 * SVG path data as PDF path operators. The export writes absolute commands only (M, L, H, V, Q,
 * C, A, Z: edge-path.ts and draw-node.ts); PDF knows lines and cubic Béziers, so quadratic curves
 * are raised to cubic ones and elliptical arcs are split into quarter-turn Béziers.
 */
export function pdfPathOperators(d: string, format: (n: number) => string): string {
  const tokens = d.match(/[MLHVQCAZ]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []
  let i = 0
  const next = (): number => Number(tokens[i++])
  let out = ''
  let x = 0
  let y = 0
  let startX = 0
  let startY = 0
  let command = ''
  const point = (px: number, py: number) => `${format(px)} ${format(py)}`
  const cubic = (x1: number, y1: number, x2: number, y2: number, x3: number, y3: number) => {
    out += `${point(x1, y1)} ${point(x2, y2)} ${point(x3, y3)} c\n`
  }
  while (i < tokens.length) {
    if (/^[a-z]$/i.test(tokens[i])) command = tokens[i++]
    switch (command) {
      case 'M':
        x = startX = next()
        y = startY = next()
        out += `${point(x, y)} m\n`
        // Further pairs after M are lines, as SVG says.
        command = 'L'
        break
      case 'L':
        x = next()
        y = next()
        out += `${point(x, y)} l\n`
        break
      case 'H':
        x = next()
        out += `${point(x, y)} l\n`
        break
      case 'V':
        y = next()
        out += `${point(x, y)} l\n`
        break
      case 'C': {
        const [x1, y1, x2, y2] = [next(), next(), next(), next()]
        x = next()
        y = next()
        cubic(x1, y1, x2, y2, x, y)
        break
      }
      case 'Q': {
        const [qx, qy] = [next(), next()]
        const [ex, ey] = [next(), next()]
        cubic(
          x + ((qx - x) * 2) / 3,
          y + ((qy - y) * 2) / 3,
          ex + ((qx - ex) * 2) / 3,
          ey + ((qy - ey) * 2) / 3,
          ex,
          ey
        )
        x = ex
        y = ey
        break
      }
      case 'A': {
        const [rx, ry, rotation, large, sweep] = [next(), next(), next(), next(), next()]
        const [ex, ey] = [next(), next()]
        for (const c of arcToCubics(x, y, rx, ry, rotation, large !== 0, sweep !== 0, ex, ey)) {
          cubic(...c)
        }
        x = ex
        y = ey
        break
      }
      case 'Z':
        out += 'h\n'
        x = startX
        y = startY
        break
      default:
        throw new Error(`path data: unsupported command "${command}" in "${d}"`)
    }
  }
  return out
}

type Cubic = [number, number, number, number, number, number]

/**
 * An SVG elliptical arc as cubic Béziers of at most a quarter turn each (the endpoint-to-centre
 * conversion of the SVG specification, appendix B.2.4).
 */
function arcToCubics(
  x1: number,
  y1: number,
  rxIn: number,
  ryIn: number,
  degrees: number,
  large: boolean,
  sweep: boolean,
  x2: number,
  y2: number
): Cubic[] {
  let rx = Math.abs(rxIn)
  let ry = Math.abs(ryIn)
  if (rx === 0 || ry === 0 || (x1 === x2 && y1 === y2)) return [[x1, y1, x2, y2, x2, y2]]
  const phi = (degrees * Math.PI) / 180
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)]
  const dx = (x1 - x2) / 2
  const dy = (y1 - y2) / 2
  const xp = cos * dx + sin * dy
  const yp = -sin * dx + cos * dy
  const lambda = (xp * xp) / (rx * rx) + (yp * yp) / (ry * ry)
  if (lambda > 1) {
    rx *= Math.sqrt(lambda)
    ry *= Math.sqrt(lambda)
  }
  const numerator = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp
  const denominator = rx * rx * yp * yp + ry * ry * xp * xp
  const factor = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, numerator / denominator))
  const cxp = (factor * rx * yp) / ry
  const cyp = (-factor * ry * xp) / rx
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2
  const angle = (ux: number, uy: number, vx: number, vy: number) =>
    Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
  const start = angle(1, 0, (xp - cxp) / rx, (yp - cyp) / ry)
  let delta = angle((xp - cxp) / rx, (yp - cyp) / ry, (-xp - cxp) / rx, (-yp - cyp) / ry)
  if (!sweep && delta > 0) delta -= 2 * Math.PI
  if (sweep && delta < 0) delta += 2 * Math.PI

  const pieces = Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9)
  const step = delta / pieces
  const k = (4 / 3) * Math.tan(step / 4)
  const at = (t: number): [number, number] => [
    cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin,
    cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos
  ]
  const derivative = (t: number): [number, number] => [
    -rx * Math.sin(t) * cos - ry * Math.cos(t) * sin,
    -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos
  ]
  const curves: Cubic[] = []
  for (let i = 0; i < pieces; i++) {
    const a = start + i * step
    const b = a + step
    const [ax, ay] = at(a)
    const [bx, by] = i === pieces - 1 ? [x2, y2] : at(b)
    const [dax, day] = derivative(a)
    const [dbx, dby] = derivative(b)
    curves.push([ax + k * dax, ay + k * day, bx - k * dbx, by - k * dby, bx, by])
  }
  return curves
}
