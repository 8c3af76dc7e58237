// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

describe('a team without sub-headings beside teams whose sub-headings differ', () => {
  it('is one more team: its siblings set no pattern it breaks', () => {
    expect(
      teamPaths(
        imported(`# Quarry Maintainers

The maintainers of Quarry, by broad category.

## Core

Core components of Quarry, including the query planner and the storage layer.

- Ana Diaz, ana@example.org
- Bo Chen, bo@example.org

### Code

* Planner (core)
* Storage engine (core)

### Plugins

* CSV plugin (core)

## Exports

Quarry components for exporting data to other systems.

- Cy Dam, cy@example.org
- Dee Evans, dee@example.org

## Analytics

Quarry components for analytic workloads.

- Eli Fox, eli@example.org

### Plugins

* Window functions (analytics)
`).catalog
      )
    ).toEqual(['Engineering > Core', 'Engineering > Exports', 'Engineering > Analytics'])
  })
})
