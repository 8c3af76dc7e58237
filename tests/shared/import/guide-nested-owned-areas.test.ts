// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/** "Scheduler > Queue", or "Web UI" for an area in no directory (the division made up for it left out). */
const areas = (paths: string[]): string[] =>
  paths.map((path) => {
    const [division, ...rest] = path.split(' > ')
    const team = rest[rest.length - 1]
    return division === 'Engineering' || division === team ? rest.join(' > ') : path
  })

/**
 * A maintainers file that nests its areas under the code directories holding them ("- `server`"
 * over "  - `auth`: @bo-chen"): the nested areas, each with its owners, are the units a pull
 * request goes to; the directory over them holds them.
 */
describe('a maintainers file with areas nested under their directories', () => {
  it('reads each nested area with its owners as a team under its directory', () => {
    const plan =
      imported(`@ana-lee is the default maintainer; some parts of the code have their own:

* \`server\`
  * \`auth\`: @bo-chen
* \`client\`
  * \`sync\`: @cy-diaz, @dee-evans
  * \`offline\`: @eli-fox
* \`proto\`: @ana-lee
* \`Dockerfile\` and the release scripts: @bo-chen
`)
    expect(areas(teamPaths(plan.catalog))).toEqual([
      'server > auth',
      'client > sync',
      'client > offline',
      'proto',
      'Dockerfile and the release scripts'
    ])
  })

  it('reads plain directory names the same way', () => {
    const plan = imported(`# Maintainers

- Scheduler
  - Queue: @gus-hale
  - Retries: @ivy-jones
- Storage
  - Blob store: @kai-lund
- Web UI: @lea-moss
`)
    expect(areas(teamPaths(plan.catalog))).toEqual([
      'Scheduler > Queue',
      'Scheduler > Retries',
      'Storage > Blob store',
      'Web UI'
    ])
  })

  it("keeps an area whose nested lines are its owners' handles as one area", () => {
    const plan = imported(`# Maintainers

- \`server\`
  - @bo-chen, @cy-diaz
- \`client\`: @eli-fox
`)
    expect(areas(teamPaths(plan.catalog))).toEqual(['server', 'client'])
  })
})
