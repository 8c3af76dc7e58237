// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

const company = (markdown: string): string =>
  imported(markdown, { file: 'README.md' }).catalog.company.name

describe('a title "Guide for X Maintainers"', () => {
  it('names X: the word tying the page words to the name goes with them', () => {
    expect(
      company(`# Guide for Lanternfish Maintainers

This is a guide for the maintainers of the Lanternfish project.

## Teams

* **Parser**: the grammar and the parser
* **Cache**: the remote cache
`)
    ).toBe('Lanternfish')
  })

  it('keeps a "for" inside the name', () => {
    expect(
      company(`# Handbook for Code for Harbors

## Teams

* **Parser**: the grammar and the parser
* **Cache**: the remote cache
`)
    ).toBe('Code for Harbors')
  })
})
