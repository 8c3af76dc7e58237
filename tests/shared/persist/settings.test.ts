import { describe, expect, it } from 'vitest'
import {
  mergeSettings,
  Settings,
  SettingsPatch,
  type Settings as SettingsType
} from '../../../src/shared/persist/settings'
import { parseStoredJson, setAsideName } from '../../../src/shared/persist/stored-json'

describe('settings schema', () => {
  it('reads a file with only some fields (and none at all): the rest take their defaults', () => {
    expect(Settings.parse({})).toEqual({ schemaVersion: 1 })
    expect(Settings.parse({ schemaVersion: 1, theme: 'dark' })).toEqual({
      schemaVersion: 1,
      theme: 'dark'
    })
  })

  it('refuses a value this version does not know, and a newer version', () => {
    expect(Settings.safeParse({ theme: 'purple' }).success).toBe(false)
    expect(Settings.safeParse({ schemaVersion: 2 }).success).toBe(false)
    expect(Settings.safeParse({ viewport: { x: 0, y: 0, zoom: 0 } }).success).toBe(false)
  })

  it('lets the page save its own fields but never the last catalog path', () => {
    expect(SettingsPatch.safeParse({ theme: 'light', view: 'matrix' }).success).toBe(true)
    expect(SettingsPatch.safeParse({ lastCatalogPath: '/etc/passwd' }).success).toBe(false)
  })

  it('merges a patch over the stored settings, keeping what the patch does not name', () => {
    const stored: SettingsType = { schemaVersion: 1, theme: 'dark', lastCatalogPath: '/c.yaml' }
    expect(mergeSettings(stored, { layoutKind: 'vertical' })).toEqual({
      schemaVersion: 1,
      theme: 'dark',
      layoutKind: 'vertical',
      lastCatalogPath: '/c.yaml'
    })
  })
})

describe('parseStoredJson', () => {
  it('says when the text is not JSON and when it does not match, naming the field', () => {
    expect(parseStoredJson(Settings, '{"theme": "dark"')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^it is not valid JSON/)
    })
    expect(parseStoredJson(Settings, '{"theme": 3}')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^it does not match the expected format \(theme: /)
    })
  })
})

describe('setAsideName', () => {
  it('keeps the original name and adds a file-safe time stamp', () => {
    expect(setAsideName('settings.json', new Date('2026-03-04T10:20:30.456Z'))).toBe(
      'settings.json.corrupt-2026-03-04T10-20-30Z'
    )
  })
})
