// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  ellipsize,
  measureText,
  wrapText,
  type Font
} from '../../../src/shared/layout/text-metrics'

const font = { size: 14, weight: 400 }

describe('measureText', () => {
  it('grows with the text, the size and the weight', () => {
    expect(measureText('Kubernetes', font)).toBeGreaterThan(measureText('Go', font))
    expect(measureText('Kubernetes', { size: 28 })).toBeCloseTo(2 * measureText('Kubernetes', font))
    expect(measureText('Kubernetes', { size: 14, weight: 700 })).toBeGreaterThan(
      measureText('Kubernetes', font)
    )
  })

  it('counts unknown glyphs as wide rather than zero', () => {
    expect(measureText('漢字', font)).toBeGreaterThan(measureText('ab', font))
  })
})

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('Internal Tools', 200, font, 2)).toEqual(['Internal Tools'])
  })

  it('wraps at word boundaries without exceeding the width', () => {
    const lines = wrapText('Cloud Security Infrastructure Team builds audit tooling', 150, font, 5)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(measureText(line, font)).toBeLessThanOrEqual(150)
    expect(lines.join(' ')).toBe('Cloud Security Infrastructure Team builds audit tooling')
  })

  it('ends the last allowed line with an ellipsis when text remains', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 80, font, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1].endsWith('…')).toBe(true)
    expect(measureText(lines[1], font)).toBeLessThanOrEqual(80)
  })

  it('shortens a single word longer than the line', () => {
    const [line] = wrapText('Supercalifragilisticexpialidocious', 100, font, 1)
    expect(line.endsWith('…')).toBe(true)
    expect(measureText(line, font)).toBeLessThanOrEqual(100)
  })

  it('returns no lines for empty text', () => {
    expect(wrapText('   ', 100, font, 2)).toEqual([])
  })
})

describe('ellipsize', () => {
  it('leaves fitting text alone', () => {
    expect(ellipsize('Go', 100, font)).toBe('Go')
  })
})

describe('measureText of scripts Inter lacks', () => {
  it('measures a Chinese, Japanese or Korean character a whole em, as every font draws it', () => {
    const size = { size: 10, weight: 400 }
    expect(measureText('決済チーム', size)).toBe(50)
    expect(measureText('결제팀', size)).toBe(30)
    expect(measureText('支付团队', size)).toBe(40)
    // Another script Inter lacks stays at 0.7 em, wide enough to wrap early.
    expect(measureText('ทีม', size)).toBeCloseTo(21)
  })
})

describe('measureText (typed-array tables)', () => {
  it('gives exactly what summing the generated advance table gives, for any text', async () => {
    const { INTER_ADVANCES } = await import('../../../src/shared/layout/inter-metrics')
    // The original implementation: code points, object lookup, 0.7 em for a missing glyph
    // (a whole em for a Chinese, Japanese or Korean one, since session 21).
    const cjk =
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3ffff}]/u
    const reference = (text: string, size: number, weight: number) => {
      let ems = 0
      for (const char of text) ems += INTER_ADVANCES[weight][char] ?? (cjk.test(char) ? 1 : 0.7)
      return ems * size
    }
    const { createRandom } = await import('../../../src/shared/synth/random')
    const random = createRandom(11)
    const alphabet = [...'abcXYZ 0123-_.,:;()/&é€漢字チーム팀𠀋🚀👩‍💻\u00a0\t', '\ud800', '\udc00']
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: random.int(0, 30) }, () => random.pick(alphabet)).join('')
      for (const weight of [400, 500, 600, 700]) {
        expect(measureText(text, { size: 13, weight }), JSON.stringify(text)).toBe(
          reference(text, 13, weight)
        )
      }
    }
  })
})

/**
 * The quadratic implementations these replaced (issue 18), kept as the reference: the linear
 * ones must give the same lines, character for character, or screen and export would shift.
 */
const reference = {
  ellipsize(text: string, maxWidth: number, font: Font): string {
    if (measureText(text, font) <= maxWidth) return text
    const chars = [...text]
    while (chars.length > 0 && measureText(`${chars.join('').trimEnd()}…`, font) > maxWidth) {
      chars.pop()
    }
    return `${chars.join('').trimEnd()}…`
  },
  wrapText(text: string, maxWidth: number, font: Font, maxLines: number): string[] {
    const words = text.trim().split(/\s+/).filter(Boolean)
    const lines: string[] = []
    let current = ''
    let i = 0
    for (; i < words.length; i++) {
      const candidate = current ? `${current} ${words[i]}` : words[i]
      if (measureText(candidate, font) <= maxWidth) {
        current = candidate
        continue
      }
      if (current) {
        lines.push(current)
        if (lines.length === maxLines) break
      }
      current = words[i]
    }
    if (lines.length < maxLines && current) {
      lines.push(current)
      i = words.length
    }
    const truncated = i < words.length
    return lines.map((line, n) =>
      n === lines.length - 1 && truncated
        ? reference.ellipsize(`${line} ${words.slice(i).join(' ')}`, maxWidth, font)
        : measureText(line, font) > maxWidth
          ? reference.ellipsize(line, maxWidth, font)
          : line
    )
  }
}

describe('wrapText and ellipsize (one pass)', () => {
  it('give exactly the lines re-measuring after each character gave, for any text', async () => {
    const { createRandom } = await import('../../../src/shared/synth/random')
    const random = createRandom(18)
    // Spaces of every kind trimEnd knows, words, wide and unknown glyphs, lone surrogates.
    const alphabet = [
      ...'aaaabcdeW lI.    …é漢🚀\t\n\u00a0\u2009\u3000\ufeff\u200b',
      '\ud800',
      '\udc00',
      'mmmm',
      'Kubernetes'
    ]
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: random.int(0, 40) }, () => random.pick(alphabet)).join('')
      const width = random.pick([0, 5, 12, 40, 80, 150, 266])
      const font = { size: random.pick([11, 13, 15, 20]), weight: random.pick([400, 600, 700]) }
      const lines = random.int(1, 3)
      const what = JSON.stringify({ text, width, font, lines })
      expect(ellipsize(text, width, font), what).toBe(reference.ellipsize(text, width, font))
      expect(wrapText(text, width, font, lines), what).toEqual(
        reference.wrapText(text, width, font, lines)
      )
    }
  })

  it('drops trailing spaces before the ellipsis, however many there are', () => {
    for (const text of [`Go${' '.repeat(1000)}`, `Go${' '.repeat(1000)}x`]) {
      expect(ellipsize(text, 40, font)).toBe('Go…')
      expect(reference.ellipsize(text, 40, font)).toBe('Go…')
    }
  })
})
