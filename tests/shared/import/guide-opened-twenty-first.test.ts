// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'
import { imported } from '../../fixtures/guides'

/**
 * Rules found when the twenty-first held-out set was opened for diagnosis (tests/corpus README,
 * "Session 25"). Each fixture is made up in the style that failed, with none of those documents'
 * names, and fails without its rule.
 */

/** A department's stack page: a setext title over ATX H1 kinds of technology, tools linked. */
const STACK_PAGE = `Technology choices
==================

This is the list of technologies used by Harbour Records.

# Client-side

* [HTML](https://developer.mozilla.org/en-US/docs/Web/HTML)
* [JavaScript](https://developer.mozilla.org/en-US/docs/Web/JavaScript)
  * [React](https://react.dev/)

# Server-side

* Languages
  * [Go](https://go.dev/)
* Data
  * [PostgreSQL](https://www.postgresql.org/)

# Ops

* [Terraform](https://www.terraform.io/)
* [AWS](https://aws.amazon.com/)
  * [EC2](https://aws.amazon.com/ec2/)
  * [S3](https://aws.amazon.com/s3/)
  * [SES](https://aws.amazon.com/ses/)
  * [CloudFront](https://aws.amazon.com/cloudfront/)
`

describe('a stack page', () => {
  it('is one team’s stack: the team its sentence says uses it, every part’s tools its stack', () => {
    const { catalog } = imported(STACK_PAGE)
    expect(teamPaths(catalog)).toEqual(['Engineering > Harbour Records'])
    expect(fileTeams(catalog)[0].stack).toEqual([
      'HTML',
      'JavaScript',
      'React',
      'Go',
      'PostgreSQL',
      'Terraform',
      'AWS',
      'Amazon EC2',
      'Amazon S3',
      'Amazon SES',
      'Amazon CloudFront'
    ])
  })

  it('names no company after the maker whose products it links', () => {
    expect(imported(STACK_PAGE).catalog.company.name).not.toBe('AWS')
  })
})

describe('a title written apart', () => {
  it('over H1 sections written with "#" is the page’s title, not one of its sections', () => {
    const page = `Acme Engineering
================

# Payments team

We own checkout. We build with Go.

# Search team

We own search. We build with Elasticsearch.
`
    const { catalog } = imported(page)
    expect(catalog.company.name).toBe('Acme')
    expect(teamPaths(catalog)).toEqual(['Engineering > Payments team', 'Engineering > Search team'])
  })
})
