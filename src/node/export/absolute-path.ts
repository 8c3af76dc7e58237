/**
 * Any SVG path data as the absolute commands pdfPathOperators reads (M, L, H, V, C, Q, A, Z):
 * relative commands made absolute, smooth curves (S, T) given their reflected control point.
 * For the technology logos (simple-icons), which use the whole grammar, compact arc flags
 * ("a.3.3 0 01.29-.18") included. Throws on data it cannot read: logo paths are checked when
 * they are read (src/node/technology/logo-files.ts), so that is a bug.
 */
export function absolutePathData(d: string): string {
  const scanner = new Scanner(d)
  const out: string[] = []
  let x = 0
  let y = 0
  let startX = 0
  let startY = 0
  // The last control point, for S (cubic) and T (quadratic); reset by any other command.
  let cubic: [number, number] | undefined
  let quadratic: [number, number] | undefined
  let command = ''
  while (scanner.more()) {
    const next = scanner.command()
    if (next) command = next
    else if (!command) throw new Error(`path data must start with a command: ${d.slice(0, 20)}`)
    const relative = command === command.toLowerCase()
    const dx = relative ? x : 0
    const dy = relative ? y : 0
    const upper = command.toUpperCase()
    /** The next two numbers as a point, made absolute. */
    const point = (): [number, number] => [scanner.number() + dx, scanner.number() + dy]
    let nextCubic: [number, number] | undefined
    let nextQuadratic: [number, number] | undefined
    switch (upper) {
      case 'M':
        ;[x, y] = point()
        startX = x
        startY = y
        out.push(`M${x} ${y}`)
        // Pairs after a move are lines, relative if the move was.
        command = relative ? 'l' : 'L'
        break
      case 'L':
        ;[x, y] = point()
        out.push(`L${x} ${y}`)
        break
      case 'H':
        x = scanner.number() + dx
        out.push(`H${x}`)
        break
      case 'V':
        y = scanner.number() + dy
        out.push(`V${y}`)
        break
      case 'C':
      case 'S': {
        const [x1, y1] = upper === 'C' ? point() : mirrored(cubic, x, y)
        const [x2, y2] = point()
        ;[x, y] = point()
        out.push(`C${x1} ${y1} ${x2} ${y2} ${x} ${y}`)
        nextCubic = [x2, y2]
        break
      }
      case 'Q':
      case 'T': {
        const [x1, y1] = upper === 'Q' ? point() : mirrored(quadratic, x, y)
        ;[x, y] = point()
        out.push(`Q${x1} ${y1} ${x} ${y}`)
        nextQuadratic = [x1, y1]
        break
      }
      case 'A': {
        const rx = scanner.number()
        const ry = scanner.number()
        const rotation = scanner.number()
        const large = scanner.flag()
        const sweep = scanner.flag()
        ;[x, y] = point()
        out.push(`A${rx} ${ry} ${rotation} ${large} ${sweep} ${x} ${y}`)
        break
      }
      case 'Z':
        x = startX
        y = startY
        out.push('Z')
        // Z takes no numbers: the next token must be a command.
        command = ''
        break
      default:
        throw new Error(`unknown path command "${command}"`)
    }
    cubic = nextCubic
    quadratic = nextQuadratic
  }
  // Sums of decimals carry binary noise (0.1 + 0.2): round it off, well below a logo's detail.
  return out.join(' ').replace(/-?\d+\.\d{7,}/gu, (n) => String(Math.round(Number(n) * 1e6) / 1e6))
}

/**
 * A smooth curve's (S, T) first control point: the previous curve's last one mirrored about the
 * current point, or the current point itself when the command before was not that kind of curve.
 */
function mirrored(control: [number, number] | undefined, x: number, y: number): [number, number] {
  return control ? [2 * x - control[0], 2 * y - control[1]] : [x, y]
}

class Scanner {
  private i = 0

  constructor(private readonly d: string) {}

  more(): boolean {
    this.skip()
    return this.i < this.d.length
  }

  command(): string | undefined {
    this.skip()
    const c = this.d[this.i]
    if (c !== undefined && /[MmLlHhVvCcSsQqTtAaZz]/u.test(c)) {
      this.i++
      return c
    }
    return undefined
  }

  number(): number {
    this.skip()
    const match = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/u.exec(
      this.d.slice(this.i, this.i + 40)
    )
    if (!match) throw new Error(`expected a number at ${this.i} of path data`)
    this.i += match[0].length
    return Number(match[0])
  }

  /** An arc flag: one digit, 0 or 1, which may touch what follows ("01.29"). */
  flag(): 0 | 1 {
    this.skip()
    const c = this.d[this.i]
    if (c !== '0' && c !== '1') throw new Error(`expected an arc flag at ${this.i} of path data`)
    this.i++
    return c === '1' ? 1 : 0
  }

  private skip(): void {
    while (this.i < this.d.length && /[\s,]/u.test(this.d[this.i])) this.i++
  }
}
