// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * A maintainers file with no title, its areas of expertise as headings over lines of handles,
 * the first of them the whole project's ("General Tidewater"). Written in that style, with
 * made-up names, from the opened sixteenth set (tests/corpus README, "Session 20"); it fails
 * without its rule.
 */

const FILE = (
  general: string
) => `This page lists all active maintainers and their areas of expertise.

* Ana Silva ([anas](https://github.com/anas)) ana@example.com
* Bo Lind ([bol](https://github.com/bol)) bo@example.org

## Areas of expertise

### ${general}
anas, bol

### Builds
bol

### Parser
anas
`

describe('an area "General Tidewater" among areas', () => {
  it('names the project the file is about', () => {
    const plan = imported(FILE('General Tidewater'), { file: 'MAINTAINERS.md' })
    expect(plan.catalog.company.name).toBe('Tidewater')
  })

  it('names nothing when the word after "General" says what a department does', () => {
    const plan = imported(FILE('General Engineering'), { file: 'MAINTAINERS.md' })
    expect(plan.catalog.company.name).not.toBe('Engineering')
  })
})
