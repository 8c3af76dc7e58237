// @vitest-environment node
import { readFileSync } from 'node:fs'
import { titleToSlug } from 'simple-icons/sdk'
import { describe, expect, it } from 'vitest'
import {
  decodeDictionary,
  encodeDictionary,
  iconSlug,
  type DictionaryEntry
} from '../../../src/shared/technology/dictionary/dictionary-format'

const entry = (overrides: Partial<DictionaryEntry>): DictionaryEntry => ({
  name: 'Name',
  aliases: [],
  category: 'tooling',
  family: null,
  icon: null,
  ambiguous: [],
  exactCase: [],
  ...overrides
})

describe('the dictionary format', () => {
  it('reads back what it writes', () => {
    const entries = [
      entry({
        name: 'Go',
        aliases: ['Golang'],
        category: 'language',
        icon: 'go',
        ambiguous: ['Go']
      }),
      entry({ name: 'Amazon S3', aliases: ['S3'], category: 'cloud', family: 'AWS' }),
      entry({ name: 'Node.js', aliases: ['Node'], icon: 'nodedotjs', ambiguous: ['Node'] }),
      entry({ name: 'Step Functions', exactCase: ['Step Functions'], icon: 'custom-slug' }),
      entry({ name: 'Stripe', category: 'payments' })
    ]
    const text = encodeDictionary(entries)
    expect(text.split('\n')[2]).toBe('Node.js|~Node|t||=')
    expect(decodeDictionary(text)).toEqual(entries)
  })

  it('refuses a spelling it could not read back', () => {
    for (const name of ['A|B', 'A;B', '~A', '^A', ' A', 'A\nB', '']) {
      expect(() => encodeDictionary([entry({ name })]), JSON.stringify(name)).toThrow()
    }
  })

  it("derives a logo's slug from its title as simple-icons does", () => {
    const icons = JSON.parse(
      readFileSync(
        new URL('../../../node_modules/simple-icons/data/simple-icons.json', import.meta.url),
        'utf8'
      )
    ) as { title: string }[]
    const differ = icons.filter(({ title }) => iconSlug(title) !== titleToSlug(title))
    expect(differ).toEqual([])
  })
})
