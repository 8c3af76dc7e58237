// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

describe('a maintainers file whose areas list their people as name and contact lines', () => {
  it('reads a heading holding only such areas as the group of them', () => {
    expect(
      teamPaths(
        imported(`# Skylark runtime maintainers

## Current Maintainers

The following people maintain the runtime. Reach out to them for reviews.

### Allocator

Ana Diaz \\
ana@example.org (email), [anad](https://example.org/anad) (GitHub)

### Checkers

#### Bounds Checker

Bo Chen \\
bo@example.org (email), [boc](https://example.org/boc) (GitHub) \\
Cy van Dam \\
cy@example.org (email), [cyd](https://example.org/cyd) (GitHub)

#### Leak Checker (LC)

Dee Evans \\
dee@example.org (email), [dee](https://example.org/dee) (GitHub)

### Loader

Eli Fox \\
eli@example.org (email), [elif](https://example.org/elif) (GitHub)
`).catalog
      )
    ).toEqual([
      'Engineering > Allocator',
      'Engineering > Loader',
      'Checkers > Bounds Checker',
      'Checkers > Leak Checker'
    ])
  })
})
