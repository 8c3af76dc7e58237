import { describe, expect, it } from 'vitest'
import { MAX_TEXT_LENGTH } from '../../../src/shared/catalog/name-text'
import { plainText, readBlocks } from '../../../src/shared/import/markdown-blocks'

function headingOf(markdown: string): string {
  const heading = readBlocks(markdown).find((block) => block.kind === 'heading')
  if (heading?.kind !== 'heading') throw new Error('no heading read')
  return plainText(heading.inline)
}

describe('a heading longer than a catalog can keep', () => {
  it('is read up to MAX_TEXT_LENGTH characters, links and all, and no further', () => {
    const long = 'x'.repeat(1_000_000)
    expect(headingOf(`## ${long}\n\ntext\n`)).toBe('x'.repeat(MAX_TEXT_LENGTH))
    expect(headingOf(`${long}\n---\n\ntext\n`)).toBe('x'.repeat(MAX_TEXT_LENGTH))
    const linked = headingOf(`## [Payments](https://acme.test/p) ${long}\n`)
    expect(linked).toHaveLength(MAX_TEXT_LENGTH)
    expect(linked.startsWith('Payments x')).toBe(true)
  })

  it('keeps a heading within the limit as written', () => {
    const fits = 'y'.repeat(MAX_TEXT_LENGTH)
    expect(headingOf(`## ${fits}\n`)).toBe(fits)
    expect(headingOf('## [Payments](https://acme.test/p) and Billing\n')).toBe(
      'Payments and Billing'
    )
  })
})
