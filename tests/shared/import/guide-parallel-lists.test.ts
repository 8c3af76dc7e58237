// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A page that sorts its groups under two headings written the same but for a status word
 * ("## Active Working Groups" over four sections, "## Retired Working Groups" over two): the second holds
 * more of the list the first does (alike-sections.ts). Made-up fixture; fails without its rule.
 */

function names(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog).map((path) => path.split(' > ').at(-1)!)
}

const section = (name: string): string => `### ${name}

**When**: every other Tuesday, 15:00 UTC

These calls plan the ${name.toLowerCase()} work for the month and review open pull requests.

Find more in the [#${name.toLowerCase()}](https://chat.example.org/${name.toLowerCase()}) channel.
`

const page = `# Community Calls

Working groups meet at their own pace; anyone may join an open call.

## Active Working Groups

The following groups meet regularly.

${['Outreach', 'Translation', 'Events', 'Grants'].map(section).join('\n')}
## Retired Working Groups

These groups no longer meet.

${['Mentoring', 'Newsletter'].map(section).join('\n')}`

describe('a list of groups split under headings written alike but for a status word', () => {
  it('reads the groups under the second heading as teams too, however few', () => {
    expect(names(page)).toEqual([
      'Outreach',
      'Translation',
      'Events',
      'Grants',
      'Mentoring',
      'Newsletter'
    ])
  })

  it('leaves a sibling heading written otherwise as it reads', () => {
    const other = page.replace('## Retired Working Groups', '## Meeting Notes')
    expect(names(other)).not.toContain('Mentoring')
  })
})
