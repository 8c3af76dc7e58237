// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseRevision } from '../../../src/node/git/parse-revision'

describe('parseRevision', () => {
  it('reads ~N as N first parents and ^N as the Nth parent, in order', () => {
    expect(parseRevision('HEAD~3')).toEqual({
      ok: true,
      value: { base: 'HEAD', steps: [{ parent: 1 }, { parent: 1 }, { parent: 1 }] }
    })
    expect(parseRevision('main^2~1')).toEqual({
      ok: true,
      value: { base: 'main', steps: [{ parent: 2 }, { parent: 1 }] }
    })
    expect(parseRevision('v1.0^0')).toEqual({ ok: true, value: { base: 'v1.0', steps: [] } })
  })

  it('reads @ and an empty name before @{date} as HEAD, and a date as the end of that day', () => {
    const parsed = parseRevision('@{2026-01-01}')
    expect(parsed).toEqual({
      ok: true,
      value: { base: 'HEAD', steps: [], before: Date.parse('2026-01-01T23:59:59') }
    })
    expect(parseRevision('@~2')).toMatchObject({ ok: true, value: { base: 'HEAD' } })
  })

  it('refuses reflog entries, non-dates, options and empty revisions, saying why', () => {
    expect(parseRevision('HEAD@{1}')).toMatchObject({ ok: false, message: /reflog entry/ })
    expect(parseRevision('HEAD@{someday}')).toMatchObject({ ok: false, message: /is not a date/ })
    expect(parseRevision('--output=x')).toMatchObject({ ok: false, message: /is not a revision/ })
    expect(parseRevision(' ')).toMatchObject({ ok: false, message: 'the revision is empty' })
  })
})
