// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * A group's "Subprojects" with a heading per subproject, each with a line of description and
 * "Owners:"/"Contact:" lists (dev corpus: a SIG README's ten subprojects were read as twelve
 * projects named "Owners" and "Contact", and none of the ten was found): each heading names one
 * project, and its lines are that project's description and links. Fixture written in that
 * style, not copied.
 */
describe('subprojects as headings under a team', () => {
  it('makes one project per subproject heading, with its description and links', () => {
    const found = importedTeam(`# Tooling Special Interest Group

The Tooling SIG owns the command-line tools of Quarrel.

## Subprojects

The following subprojects are owned by sig-tooling:
### qctl
Command-line client for Quarrel.
- **Owners:**
  - [quarrel/qctl](https://example.com/quarrel/qctl/OWNERS)
- **Contact:**
  - Chat: [#qctl](https://example.com/chat/qctl)
### qfmt
- **Owners:**
  - [quarrel/qfmt](https://example.com/quarrel/qfmt/OWNERS)
`)
    expect(found.projects.map((project) => project.title)).toEqual(['qctl', 'qfmt'])
    expect(found.projects[0].summary).toBe('Command-line client for Quarrel.')
    expect(found.projects[0].links.map((link) => link.url)).toEqual([
      'https://example.com/quarrel/qctl/OWNERS',
      'https://example.com/chat/qctl'
    ])
  })
})
