// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateCatalog } from '../../../../src/shared/catalog/validate'
import { importCsv } from '../../../../src/shared/import/csv/import-csv'

/** Cells drawn from what breaks CSV readers: quotes, delimiters, line breaks, formulas, headers. */
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('"', '""', ';', ',', '\t', '\r\n', '\n', '=cmd|x', '+1', '@A1', '-', ' '),
  fc.constantFrom('Team', 'Division', 'Group', 'Parent', 'Stack', 'Headcount', 'Links', 'Lead')
)
const row = fc.array(cell, { maxLength: 6 })
const delimiter = fc.constantFrom(',', ';', '\t')

describe('importCsv on any text', () => {
  it('never throws, and what it returns is a catalog the validator can judge', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), delimiter, (rows, d) => {
        const text = rows.map((cells) => cells.join(d)).join('\n')
        const result = importCsv(text, { file: 'fuzz.csv' })
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0)
          for (const error of result.errors) expect(error.message).not.toMatch(/^\s*$/)
          return
        }
        const { catalog, locate } = result.value
        // Validation may refuse (a 300-character name), but must not throw.
        validateCatalog({ file: 'fuzz.csv', data: catalog, locate })
      }),
      { numRuns: 300 }
    )
  })
})
