// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  capitalize,
  MAX_TITLE_LENGTH,
  shortTitle,
  titleAndSummary
} from '../../../src/shared/import/project-text'

describe('titleAndSummary', () => {
  it('keeps a short item as the title, without its full stop', () => {
    expect(titleAndSummary('Adding session event player to the audit log.')).toEqual({
      title: 'Adding session event player to the audit log'
    })
  })

  it('splits "Title - explanation" and "Title — explanation"', () => {
    expect(
      titleAndSummary(
        'Secure admin access to the production environment - ensuring our attack chain requires multiple vulnerabilities'
      )
    ).toEqual({
      title: 'Secure admin access to the production environment',
      summary: 'Ensuring our attack chain requires multiple vulnerabilities.'
    })
    expect(titleAndSummary('Autoscaling — scale pools on queue depth')).toEqual({
      title: 'Autoscaling',
      summary: 'Scale pools on queue depth.'
    })
  })

  it('does not split at a hyphen inside a word or before a short tail', () => {
    expect(titleAndSummary('Per-session MFA - soon').title).toBe('Per-session MFA - soon')
  })

  it('shortens a long item where a clause ends and keeps the whole as the summary', () => {
    const text =
      "We're rewriting our monitoring stack which started quick and dirty, into a platform we can use to escalate the real emergencies."
    expect(titleAndSummary(text)).toEqual({
      title: 'Rewriting our monitoring stack',
      summary: text
    })
  })
})

describe('shortTitle', () => {
  it('never exceeds the maximum title length', () => {
    const title = shortTitle('word '.repeat(100))
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH)
    expect(title.endsWith('…')).toBe(true)
  })
})

describe('capitalize', () => {
  it('leaves names that are cased on purpose alone', () => {
    expect(capitalize('eBPF based sessions')).toBe('eBPF based sessions')
    expect(capitalize('iOS app')).toBe('iOS app')
    expect(capitalize('scaling')).toBe('Scaling')
  })
})
