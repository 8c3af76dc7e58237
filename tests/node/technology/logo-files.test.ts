// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readLogoPath, readLogoPaths } from '../../../src/node/technology/logo-files'

describe('technology logos from simple-icons', () => {
  it('reads a logo’s path data by its id', () => {
    expect(readLogoPath('kubernetes')).toMatch(/^M[\d.]/u)
    expect(readLogoPaths(['go', 'no-such-logo', 'go'])).toEqual(
      new Map([['go', readLogoPath('go')]])
    )
  })

  it('never lets an id that is not a slug reach the file system', () => {
    for (const id of ['../package', '..%2Fpackage', 'go/../go', 'GO', '', 'a'.repeat(65)]) {
      expect(readLogoPath(id), id).toBeUndefined()
    }
  })
})
