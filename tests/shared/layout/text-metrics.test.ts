// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ellipsize, measureText, wrapText } from '../../../src/shared/layout/text-metrics'

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

describe('measureText (typed-array tables)', () => {
  it('gives exactly what summing the generated advance table gives, for any text', async () => {
    const { INTER_ADVANCES } = await import('../../../src/shared/layout/inter-metrics')
    // The original implementation: code points, object lookup, 0.7 em for a missing glyph.
    const reference = (text: string, size: number, weight: number) => {
      let ems = 0
      for (const char of text) ems += INTER_ADVANCES[weight][char] ?? 0.7
      return ems * size
    }
    const { createRandom } = await import('../../../src/shared/synth/random')
    const random = createRandom(11)
    const alphabet = [...'abcXYZ 0123-_.,:;()/&é€漢字🚀👩‍💻\u00a0\t', '\ud800', '\udc00']
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
