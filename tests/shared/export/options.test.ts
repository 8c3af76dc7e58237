// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ExportOptions, ExportView, today } from '../../../src/shared/export/options'
import { DEFAULTS } from '../../../src/shared/export/export-defaults'

describe('ExportOptions', () => {
  it('fills every default from the one DEFAULTS object', () => {
    expect(ExportOptions.parse({})).toEqual({ ...DEFAULTS })
  })

  it('accepts a scale from 1 to 4 and refuses anything else', () => {
    expect(ExportOptions.parse({ scale: 1 }).scale).toBe(1)
    expect(ExportOptions.parse({ scale: 4 }).scale).toBe(4)
    for (const scale of [0.5, 4.5, Number.NaN]) {
      expect(ExportOptions.safeParse({ scale }).success, String(scale)).toBe(false)
    }
  })

  it('needs a viewport for the "view" scope', () => {
    const missing = ExportOptions.safeParse({ scope: 'view' })
    expect(missing.success).toBe(false)
    expect(missing.error?.issues[0].message).toBe('scope "view" needs a viewport')
    const viewport = { x: 0, y: 0, width: 10, height: 10 }
    expect(ExportOptions.parse({ scope: 'view', viewport }).viewport).toEqual(viewport)
  })

  it('refuses unknown formats and fields (IPC payloads are untrusted)', () => {
    expect(ExportOptions.safeParse({ format: 'jpg' }).success).toBe(false)
    expect(ExportOptions.safeParse({ colour: 'red' }).success).toBe(false)
    expect(ExportOptions.safeParse({ date: '2026-13-45' }).success).toBe(false)
  })
})

describe('ExportView', () => {
  it('defaults to everything expanded, the compact layout and no lens', () => {
    expect(ExportView.parse({})).toEqual({
      collapsed: [],
      layoutKind: 'compact',
      lens: { technologies: [], mode: 'any', includeMentions: false },
      hideNonMatches: false
    })
  })
})

describe('today', () => {
  it('formats the local date as YYYY-MM-DD', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})
