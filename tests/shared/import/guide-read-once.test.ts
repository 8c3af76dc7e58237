import { describe, expect, it, vi } from 'vitest'
import * as markdownBlocks from '../../../src/shared/import/markdown-blocks'
import { importGuide } from '../../../src/shared/import/import-guide'
import type { ImportResult } from '../../../src/shared/import/import-plan'
import { loadCorpus } from '../../corpus/corpus'

vi.mock('../../../src/shared/import/markdown-blocks', async (importOriginal) => {
  const original = await importOriginal<typeof markdownBlocks>()
  return { ...original, readBlocks: vi.fn(original.readBlocks) }
})

/** What an import gives, without its locate function (compared by what it says, not identity). */
function said(result: ImportResult): unknown {
  if (!result.ok) return result
  return { ...result.value, locate: undefined }
}

describe('a guide imported again (the import preview, at each choice)', () => {
  it('reads the markdown once for the same text, and again for another', () => {
    const read = vi.mocked(markdownBlocks.readBlocks)
    read.mockClear()
    const text = '# Acme\n\n## Payments\n\nThe Payments team owns checkout, in Go.\n'
    importGuide(text, { file: 'acme.md' })
    importGuide(text, { file: 'acme.md', mapping: { version: 1, roles: { acme: 'company' } } })
    expect(read).toHaveBeenCalledTimes(1)
    importGuide(`${text}\n## Search\n\nThe Search team owns the index.\n`, { file: 'acme.md' })
    expect(read).toHaveBeenCalledTimes(2)
  })

  // Every dev guide imported twice: some 10 s alone, twice that beside other test files.
  it(
    'gives the same import the second time for every dev guide: reading changes no block',
    { timeout: 60_000 },
    () => {
      const guides = loadCorpus().filter(
        (entry) => entry.meta.format === 'markdown' && entry.meta.split === 'dev'
      )
      expect(guides.length).toBeGreaterThan(50)
      for (const entry of guides) {
        const text = entry.files[0].text
        const first = said(importGuide(text, { file: `${entry.slug}.md` }))
        const again = said(importGuide(text, { file: `${entry.slug}.md` }))
        expect(again, entry.slug).toEqual(first)
      }
    }
  )
})
