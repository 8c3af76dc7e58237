// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A maintainers file with one table of people per component ("### Parser Maintainers" over
 * "Name | GitHub | Affiliation"): each heading is an area of the work, its table its people
 * (people-areas.ts). Made-up fixtures in that style; each fails without its rule.
 */

function names(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog).map((path) => path.split(' > ').at(-1)!)
}

const file = `### Parser Maintainers

| Name        | GitHub    | Affiliation |
| ----------- | --------- | ----------- |
| Ana Diaz    | anad      | Northwind   |
| Bo Lind     | bolind    | Contoso     |

### Web Console Maintainers

| Name        | GitHub    | Affiliation |
| ----------- | --------- | ----------- |
| Cy Moss     | cymoss    | Fabrikam    |

### Packaging / Test & Release Maintainers

| Name        | GitHub    | Affiliation |
| ----------- | --------- | ----------- |
| Dee Park    | deepark   | Northwind   |
| Eve Ruiz    | everuiz   | Tailspin    |
`

describe('areas written as "X Maintainers" headings over a table of their people', () => {
  it('reads each heading as the area it names, its table as its people', () => {
    expect(names(file)).toEqual(['Parser', 'Web Console', 'Packaging / Test & Release'])
  })

  it('reads no area from a table of anything else than people', () => {
    const services = file.replace(
      /\| Name {8}\| GitHub {4}\| Affiliation \|/gu,
      '| Name | Port | Protocol |'
    )
    expect(importGuide(services, { file: 'services.md' }).ok).toBe(false)
  })
})
