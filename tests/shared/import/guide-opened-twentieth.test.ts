// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { htmlPageMarkdown } from '../../../src/shared/import/html-page'
import { htmlTables } from '../../../src/shared/import/html-tables'
import type { OutlineEntry } from '../../../src/shared/import/import-plan'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules found when the twentieth held-out set was opened for diagnosis (tests/corpus README,
 * "Session 24"). Each fixture is made up in the style that failed, with none of those documents'
 * names, and fails without its rule.
 */

/** An engine project's teams page written in HTML under Jekyll front matter, tab-indented. */
const HTML_PAGE = `---
title: "Lumen Engine - Teams"
layout: page
---

<div class="container">
\t<p>
\t\tThis page lists the teams working on Lumen Engine, and how to reach each of them.
\t</p>

\t<h2 id="runtime">Runtime</h2>

\t<div class="team">
\t\t<h4 id="core">Core • <a href="https://chat.example.org/channel/core">#core</a></h4>

\t\t<p>
\t\t\t<em>Low-level API: objects, variants and the scene tree.</em>
\t\t</p>

\t\t<p>Ana Ruiz (<a href="https://github.com/anaruiz">@anaruiz</a>), Bo Chen</p>
\t</div>

\t<div class="team">
\t\t<h4 id="editor">Editor • <a href="https://chat.example.org/channel/editor">#editor</a></h4>

\t\t<p>
\t\t\t<em>Everything about the editor, its tools and its usability.</em>
\t\t</p>

\t\t<p>Cy Park, Di Novak</p>
\t</div>

\t<h2 id="systems">Systems</h2>

\t<div class="team">
\t\t<h4 id="audio">Audio • <a href="https://chat.example.org/channel/audio">#audio</a></h4>

\t\t<p>
\t\t\t<em>Audio playback, buses and effects.</em>
\t\t</p>

\t\t<p>Ed Lee, Fay Wong</p>
\t</div>

\t<div class="team">
\t\t<h4 id="physics">Physics • <a href="https://chat.example.org/channel/physics">#physics</a></h4>

\t\t<p>
\t\t\t<em>Rigid bodies, joints and collision detection.</em>
\t\t</p>

\t\t<p>Gus Ortiz</p>
\t</div>
</div>
`

describe('a page written in HTML rather than markdown', () => {
  it('reads its HTML headings, paragraphs and units as a markdown page', () => {
    const plan = imported(HTML_PAGE, { file: 'teams.md' })
    expect(plan.catalog.company.name).toBe('Lumen Engine')
    expect(teamPaths(plan.catalog)).toEqual([
      'Runtime > Core',
      'Runtime > Editor',
      'Systems > Audio',
      'Systems > Physics'
    ])
    expect(plan.catalog.divisions[0].teams[0].summary).toContain('Low-level API')
  })

  it("says where each team is in the file: its heading's own line", () => {
    const plan = imported(HTML_PAGE, { file: 'teams.md' })
    const lines = HTML_PAGE.split('\n')
    const entries: OutlineEntry[] = []
    const walk = (list: OutlineEntry[]) => {
      for (const entry of list) {
        if (entry.role === 'team') entries.push(entry)
        walk(entry.children)
      }
    }
    walk(plan.outline)
    expect(entries.map((entry) => lines[entry.line - 1].trim().slice(0, 12))).toEqual([
      '<h4 id="core',
      '<h4 id="edit',
      '<h4 id="audi',
      '<h4 id="phys'
    ])
  })

  it('leaves markdown with some HTML in it as markdown', () => {
    const readme = `<p align="center"><img src="logo.png" alt="Lumen"></p>

# Lumen Engine teams

## Core

Owns the scene tree.
`
    expect(htmlPageMarkdown(readme)).toBeUndefined()
    expect(htmlPageMarkdown('Plain text, no markup.\n')).toBeUndefined()
  })

  it('writes each block on its own line, a blank line between blocks', () => {
    const markdown = htmlPageMarkdown(
      '<h2>Teams</h2>\n<p>One</p>\n<p>Two</p>\n<ul><li>Core</li></ul>\n'
    )
    expect(markdown?.split('\n').filter((line) => line !== '')).toEqual([
      '## Teams',
      'One',
      'Two',
      '- Core'
    ])
    // No two blocks on adjacent lines: "One" and "Two" stay two paragraphs.
    const lines = markdown!.split('\n')
    const one = lines.indexOf('One')
    expect(lines[one + 1]).toBe('')
  })
})

describe('an HTML table whose rows are each headed by a <th>', () => {
  it('has no header row: every row is one of its rows', () => {
    const [table] = htmlTables(`<table>
  <tr><th>Data Structures</th><td>Ana Ruiz, Bo Chen</td></tr>
  <tr><th>Threading</th><td>Cy Park</td></tr>
</table>`)
    expect(table.header).toEqual(['', ''])
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Data Structures', 'Ana Ruiz, Bo Chen'],
      ['Threading', 'Cy Park']
    ])
  })
})

describe('a team heading followed by its chat channel after a separator', () => {
  it('names the team without the channel', () => {
    const plan = imported(`# Lumen teams

## Audio • #audio

Owns audio playback, buses and effects.

## Physics | #physics

Owns rigid bodies and collision detection.
`)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Audio', 'Engineering > Physics'])
  })
})
