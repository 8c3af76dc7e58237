import { describe, expect, it } from 'vitest'
import {
  mergeSettings,
  pageSettings,
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

  it('keeps the fields a newer version wrote, at every level, through a read and a patch', () => {
    // Issue 18: a non-strict schema dropped them, so the next save erased them from the file.
    const newer = {
      schemaVersion: 1,
      theme: 'dark',
      minimap: { corner: 'top-left' },
      lens: { technologies: ['Go'], mode: 'all', sortBy: 'name' },
      viewport: { x: 1, y: 2, zoom: 1, rotation: 90, focusId: 'team:a' }
    }
    const stored = Settings.parse(newer)
    expect(stored).toEqual(newer)
    const next = mergeSettings(stored, {
      layoutKind: 'vertical',
      lens: { technologies: ['Rust'], mode: 'any' },
      viewport: { x: 5, y: 6, zoom: 2 }
    })
    expect(next).toEqual({
      schemaVersion: 1,
      theme: 'dark',
      layoutKind: 'vertical',
      minimap: { corner: 'top-left' },
      // Replaced as a whole (the old focus goes), but what a newer version added stays.
      lens: { technologies: ['Rust'], mode: 'any', sortBy: 'name' },
      viewport: { x: 5, y: 6, zoom: 2, rotation: 90 }
    })
  })

  it('sends the page only the fields this version knows, which it may send back', () => {
    const stored = Settings.parse({
      theme: 'dark',
      minimap: true,
      lastCatalogPath: '/c.yaml',
      lens: { technologies: ['Go'], sortBy: 'name' }
    })
    const page = pageSettings(stored)
    expect(page).toEqual({ theme: 'dark', lens: { technologies: ['Go'] } })
    expect(SettingsPatch.safeParse(page).success).toBe(true)
    // And the page may not send back what it was not given.
    expect(SettingsPatch.safeParse({ lens: { sortBy: 'name' } }).success).toBe(false)
    expect(SettingsPatch.safeParse({ minimap: true }).success).toBe(false)
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
