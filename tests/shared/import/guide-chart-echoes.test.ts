// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamNamed, teamPaths } from '../../fixtures/imported-catalog'

/**
 * A team the page's org chart draws and another block names again (issue 14; the style of
 * gitlab-devops-engineering, whose shared-services table names Package, Knowledge and Source
 * Code again, and gitlab-developer-experience). Made-up pages, not corpus text.
 */
const chart = `\`\`\`plantuml
@startwbs
* Widgets Engineering
** Build
*** Runners
*** Caching
** Data
*** Storage
@endwbs
\`\`\``

const table = `| Team | Description | Tech stack |
|------|-------------|------------|
| Runners | Runs the build fleet. | Go, Kubernetes |
| Storage | Keeps the blobs. | PostgreSQL |`

const drawn = [
  'Widgets Engineering > Build > Runners',
  'Widgets Engineering > Build > Caching',
  'Widgets Engineering > Data > Storage'
]

function page(...sections: string[]): string {
  return `---\ntitle: Widgets Engineering\n---\n\n${sections.join('\n\n')}\n`
}

describe('a team drawn in the chart and listed again in a table', () => {
  it('is one team, placed by the chart, with the row’s description and stack', () => {
    const plan = imported(page('## Organizational Structure', chart, '## Teams', table))
    expect(teamPaths(plan.catalog)).toEqual(drawn)
    expect(teamNamed(plan.catalog, 'Runners').summary).toBe('Runs the build fleet.')
    expect(teamNamed(plan.catalog, 'Runners').stack).toEqual(['Go', 'Kubernetes'])
    expect(teamNamed(plan.catalog, 'Storage').stack).toEqual(['PostgreSQL'])
    expect(plan.notes.map((note) => note.message)).toContain(
      '"Runners" is drawn in the chart (line 11): read as the same team, placed where the chart puts it'
    )
  })

  it('is placed by the chart when the table comes first', () => {
    const plan = imported(page('## Teams', table, '## Organizational Structure', chart))
    expect(teamPaths(plan.catalog)).toEqual(drawn)
    expect(teamNamed(plan.catalog, 'Runners').stack).toEqual(['Go', 'Kubernetes'])
  })
})

describe('a team the table names with its stage or the word "group"', () => {
  it('is the chart’s team when the stage is the one the chart puts it in', () => {
    const staged = `| Team | Description | Tech stack |
|------|-------------|------------|
| Build:Runners | Runs the build fleet. | Go |
| Storage group | Keeps the blobs. | PostgreSQL |
| Data:Caching | Caches the data. | Redis |`
    const plan = imported(page('## Organizational Structure', chart, '## Teams', staged))
    expect(teamNamed(plan.catalog, 'Runners').stack).toEqual(['Go'])
    expect(teamNamed(plan.catalog, 'Storage').stack).toEqual(['PostgreSQL'])
    // The chart draws Caching under Build: a Caching of the Data stage is another team.
    expect(teamNamed(plan.catalog, 'Caching').stack).toEqual([])
    expect(teamPaths(plan.catalog)).toEqual([...drawn, 'Engineering > Data:Caching'])
  })
})

describe('a team drawn in the chart with a heading of its own', () => {
  it('reads the heading’s text as the team’s', () => {
    const plan = imported(
      page(
        '## Organizational Structure',
        chart,
        '## Runners',
        'Runs the build fleet with Go and Kubernetes.',
        '## Storage',
        'Keeps the blobs in PostgreSQL.'
      )
    )
    expect(teamPaths(plan.catalog)).toEqual(drawn)
    expect(teamNamed(plan.catalog, 'Runners').summary).toBe(
      'Runs the build fleet with Go and Kubernetes.'
    )
    expect(teamNamed(plan.catalog, 'Storage').mentions).toEqual(['PostgreSQL'])
  })
})

describe('a name the chart draws twice', () => {
  it('stays two teams, and a row of that name is not given to either', () => {
    const twice = `\`\`\`plantuml
@startwbs
* Widgets Engineering
** Build
*** Deploy
** Data
*** Deploy
@endwbs
\`\`\``
    const plan = imported(
      page(
        '## Organizational Structure',
        twice,
        '## Teams',
        '| Team | Description |\n|---|---|\n| Deploy | Ships it. |\n| Storage | Keeps it. |'
      )
    )
    const deploys = fileTeams(plan.catalog).filter((team) => team.name === 'Deploy')
    expect(deploys.filter((team) => team.summary === 'Ships it.')).toHaveLength(1)
    expect(teamPaths(plan.catalog).slice(0, 2)).toEqual([
      'Widgets Engineering > Build > Deploy',
      'Widgets Engineering > Data > Deploy'
    ])
  })
})

describe('an org chart under a heading about the structure', () => {
  it('is the page’s own chart: the heading is no level above it', () => {
    for (const heading of ['Department structure', 'Our organization', 'Group Structure']) {
      const plan = imported(page('## Mission', 'We build widgets.', `## ${heading}`, chart))
      expect(teamPaths(plan.catalog), heading).toEqual(drawn)
    }
  })
})
