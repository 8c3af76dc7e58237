// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readStackItem } from '../../../src/shared/import/stack-item'
import { TechnologyDictionary } from '../../../src/shared/technology/technology-dictionary'

/**
 * A stack line's name going on into a capitalised word ("Grafana Cloud") goes on as written, not
 * from the canonical name of an alias (stack-item.ts). Made-up dictionary; fails without its rule.
 */
const dictionary = new TechnologyDictionary([
  { name: 'Quartz Boot', aliases: ['Quartz'], category: 'framework' },
  { name: 'Grafana Cloud', category: 'observability' }
])

const names = (text: string) => readStackItem(text, dictionary).names.map((n) => n.name)

describe('a name that goes on into a capitalised word', () => {
  it('is the alias as written with that word, not the canonical name with it', () => {
    expect(names('Java, Quartz Cloud, Docker')).toEqual(['Java', 'Quartz Cloud', 'Docker'])
  })

  it('still reads the alias alone as its canonical name, and a known whole name as known', () => {
    expect(names('Java, Quartz, Docker')).toEqual(['Java', 'Quartz Boot', 'Docker'])
    expect(names('Grafana Cloud')).toEqual(['Grafana Cloud'])
  })
})
