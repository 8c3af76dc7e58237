// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { allTeams } from '../../../src/shared/catalog/all-teams'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { loadCatalogSource, loadGuideText } from '../../../src/shared/sources/load-source'
import { importedCatalogYaml } from '../../../src/shared/import/catalog-yaml'
import { importGuide } from '../../../src/shared/import/import-guide'
import type { ImportPlan } from '../../../src/shared/import/import-plan'
import { loadTeleportCatalog, positionOf } from '../../fixtures/catalog'
import { bundledTechnologies, imported, readGuide, readSeedGuide } from '../../fixtures/guides'
import { teamNamed } from '../../fixtures/imported-catalog'

type ImportedTeam = ImportPlan['catalog']['divisions'][number]['teams'][number]

function teamsOf(guide: ImportPlan): ImportedTeam[] {
  return guide.catalog.divisions.flatMap((division) => division.teams)
}

/** The notes of a kind: "ambiguous" are those a user should check (problems and unknowns). */
function messages(guide: ImportPlan, kind: 'inferred' | 'ambiguous'): string[] {
  return guide.notes
    .filter((note) =>
      kind === 'inferred'
        ? note.kind === 'inferred'
        : note.kind === 'problem' || note.kind === 'unknown'
    )
    .map((note) => `${note.line}:${note.column} ${note.message}`)
}

/** The catalog written out as YAML, through the real loader: what `orgscope import` produces. */
function reloaded(guide: ImportPlan) {
  return loadCatalogText(importedCatalogYaml(guide.catalog, 'guide.md'), 'imported.yaml')
}

describe('importGuide on the seed guide', () => {
  const seed = imported(readSeedGuide(), {
    file: 'engineering-teams.md',
    knownTechnologies: bundledTechnologies()
  })
  const bundled = loadTeleportCatalog()

  it("gives the bundled catalog's divisions and the same 13 team names", () => {
    expect(seed.catalog.divisions.map((d) => d.name)).toEqual(bundled.divisions.map((d) => d.name))
    expect(seed.catalog.divisions.map((d) => d.teams.map((t) => t.name))).toEqual(
      bundled.divisions.map((d) => d.teams.map((t) => t.name))
    )
    expect(teamsOf(seed).map((t) => t.id)).toEqual(allTeams(bundled).map((t) => t.id))
  })

  it('reads the two stated stacks to the canonical names of the bundled catalog', () => {
    const bundledTeam = (name: string) => allTeams(bundled).find((t) => t.name === name)!
    for (const name of ['Cloud Reliability Team', 'Cloud Application Team']) {
      expect(teamNamed(seed.catalog, name).stack, name).toEqual(bundledTeam(name).stack)
    }
    // No other team states a stack.
    const withStack = teamsOf(seed).filter((t) => t.stack.length > 0)
    expect(withStack.map((t) => t.name)).toEqual([
      'Cloud Reliability Team',
      'Cloud Application Team'
    ])
  })

  it('splits "Prometheus / Alertmanager / Loki internally and on Grafana Cloud" and drops "and More"', () => {
    expect(teamNamed(seed.catalog, 'Cloud Reliability Team').stack).toEqual([
      'Go',
      'Terraform',
      'Packer',
      'Kubernetes',
      'Prometheus',
      'Alertmanager',
      'Loki',
      'Grafana Cloud',
      'AWS',
      'Drone'
    ])
    expect(messages(seed, 'inferred')).toContain(
      '99:1 dropped "and More" from the stack of team "Cloud Reliability Team": it names no technology'
    )
  })

  it('keeps the TBD team as a forming node and says why', () => {
    expect(teamNamed(seed.catalog, 'Cloud Tools Team')).toMatchObject({
      id: 'cloud-tools',
      status: 'forming'
    })
    expect(messages(seed, 'inferred')).toContain(
      '76:1 team "Cloud Tools Team" is described only as "TBD": status forming'
    )
  })

  it('infers projects from what a team recently added or is working on, with their links', () => {
    const security = teamNamed(seed.catalog, 'Product Security')
    expect(security.projects.map((p) => [p.title, p.status])).toEqual([
      ['Per-Session MFA', 'recent'],
      ['Access Requests', 'recent'],
      ['User and session locking', 'recent'],
      ['Mitigated issued found during security audits', 'recent']
    ])
    expect(security.projects[1]).toMatchObject({
      summary: 'Recently added support for Access Requests.',
      links: [{ label: 'Access Requests', url: 'https://goteleport.com/docs/enterprise/workflow/' }]
    })
    // The links moved to the projects, so the team keeps none of them.
    expect(security.links).toEqual([])
    expect(teamNamed(seed.catalog, 'Desktop Access').projects).toMatchObject([
      {
        title: 'Browser-based Windows Desktop Access',
        status: 'current',
        technologies: ['Windows']
      }
    ])
  })

  it('reads list items, with "#1234" links labelled by the project', () => {
    const frontend = teamNamed(seed.catalog, 'Frontend Applications')
    expect(frontend.projects.map((p) => p.title)).toEqual([
      'Adding session event player to the audit log',
      "Building a new user interface for Teleport's terminal",
      'Improving Node Search',
      'Ability to comment / link to specific times in recorded sessions',
      'Adding better support for WebAuthn (second factor)'
    ])
    expect(frontend.projects[2].links).toEqual([
      {
        label: '#2699 Improving Node Search',
        url: 'https://github.com/gravitational/teleport/issues/2699'
      }
    ])
    expect(frontend.mentions).toEqual(['WebAuthn'])
  })

  it('lists technologies the text names as mentions, each once, never repeating the stack', () => {
    expect(teamNamed(seed.catalog, 'Teleport Devops').mentions).toEqual([
      'Kubernetes',
      'Terraform',
      'Packer',
      'Ansible',
      'Salt',
      'Puppet'
    ])
    expect(teamNamed(seed.catalog, 'Cloud Application Team').mentions).toEqual([])
  })

  it('reports the team it could find no project for', () => {
    expect(messages(seed, 'ambiguous')).toEqual([
      '66:1 team "Teleport Devops" has no projects: no list, and no sentence says what it works on'
    ])
  })

  it('writes YAML that the loader accepts', () => {
    const result = reloaded(seed)
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true)
  })
})

describe('importGuide on guides of other shapes', () => {
  it('makes one "Engineering" division when the guide has team headings only', () => {
    const guide = imported(readGuide('flat-teams.md'), { file: 'flat-teams.md' })
    expect(guide.catalog.company.name).toBe('Initech')
    expect(guide.catalog.divisions).toHaveLength(1)
    expect(guide.catalog.divisions[0]).toMatchObject({ id: 'engineering', name: 'Engineering' })
    expect(teamsOf(guide).map((t) => [t.id, t.status])).toEqual([
      ['payments', 'active'],
      ['search', 'active'],
      ['data-platform', 'forming'],
      ['mobile', 'forming']
    ])
    expect(messages(guide, 'inferred')).toContain(
      '3:1 the guide has no division headings: its teams form one division, "Engineering"'
    )
  })

  it('reads a numbered list as projects, splitting "Title - explanation"', () => {
    const payments = teamNamed(imported(readGuide('flat-teams.md')).catalog, 'Payments')
    expect(payments.projects).toEqual([
      {
        title: 'Instant payouts',
        status: 'current',
        summary: 'Paying sellers within minutes instead of days, with Kafka as the event backbone.',
        technologies: ['Kafka'],
        links: []
      },
      {
        title: 'Ledger migration to PostgreSQL',
        status: 'current',
        technologies: ['PostgreSQL'],
        links: []
      },
      {
        title: 'Refund API v2 for marketplaces',
        status: 'current',
        technologies: [],
        links: [{ label: 'Refund API v2', url: 'https://example.com/refunds' }]
      }
    ])
  })

  it('adds unknown stack technologies to the registry as tooling, and reports each', () => {
    const guide = imported(readGuide('flat-teams.md'))
    expect(teamNamed(guide.catalog, 'Payments').stack).toEqual([
      'Go',
      'Zig',
      'Temporal',
      'Ledgerly',
      'Kafka',
      'PostgreSQL'
    ])
    expect(guide.catalog.technologies.find((t) => t.name === 'Ledgerly')).toEqual({
      name: 'Ledgerly',
      aliases: [],
      category: 'tooling'
    })
    // Zig and Temporal are technologies the dictionary knows, with their categories.
    expect(guide.catalog.technologies.find((t) => t.name === 'Zig')?.category).toBe('language')
    expect(guide.catalog.technologies.find((t) => t.name === 'Temporal')?.category).toBe(
      'infrastructure'
    )
    expect(
      messages(guide, 'ambiguous').filter((m) => m.includes('not a known technology'))
    ).toEqual([
      '17:1 "Ledgerly" in the stack of team "Payments" is not a known technology: added to the registry as tooling (check the category)'
    ])
  })

  it('keeps only http, https and mailto links and reports the others where they are', () => {
    const text = readGuide('flat-teams.md')
    const guide = imported(text)
    expect(teamNamed(guide.catalog, 'Payments').links).toEqual([
      { label: 'team handbook', url: 'https://example.com/payments' }
    ])
    expect(guide.notes).toContainEqual({
      kind: 'skipped',
      ...positionOf(text, '[internal wiki]'),
      message:
        'link "internal wiki" in team "Payments" left out: "/wiki/payments" is relative; give the address the guide is published at (the import preview\'s "Links relative to" field, or --base-url) to resolve it'
    })
  })

  it('reads divisions at # and teams at ##, with ### sub-sections and a deeper heading', () => {
    const guide = imported(readGuide('divisions-h1.md'))
    expect(guide.catalog.divisions.map((d) => [d.id, d.name, d.teams.map((t) => t.id)])).toEqual([
      ['platform', 'Platform', ['runtime', 'platform-2']],
      ['product', 'Product', ['checkout', 'growth']],
      ['research', 'Research', ['research-2']]
    ])
    expect(messages(guide, 'inferred')).toContain('1:1 read "Platform" as a division: holds teams')
    expect(messages(guide, 'inferred')).toContain(
      '26:1 heading "Incident review" is under team "Runtime": read as part of it'
    )
    expect(messages(guide, 'ambiguous')).toEqual(
      expect.arrayContaining([
        '43:1 list in division "Product", outside any team, left out',
        '55:1 division "Research" has no team headings: imported as one team of the same name'
      ])
    )
  })

  it('takes a category for unknown technologies from a "Languages:" group', () => {
    const guide = imported(readGuide('divisions-h1.md'))
    expect(teamNamed(guide.catalog, 'Runtime').stack).toEqual([
      'Go',
      'Zig',
      'Kestrel',
      'Terraform',
      'Nomad',
      'Helm'
    ])
    expect(guide.catalog.technologies.find((t) => t.name === 'Kestrel')?.category).toBe('language')
  })

  it('reads "1)" items with nested lists, em-dash explanations and reference links', () => {
    const text = readGuide('divisions-h1.md')
    const guide = imported(text)
    const runtime = teamNamed(guide.catalog, 'Runtime')
    expect(runtime.projects.map((p) => p.title)).toEqual([
      'Cluster autoscaling',
      'Zero-downtime upgrades',
      'See the runbook and the status page'
    ])
    expect(runtime.projects[1].summary).toBe(
      'Rolling node replacement. Surge capacity during upgrades.'
    )
    expect(runtime.projects[2].links).toEqual([
      { label: 'runbook', url: 'https://example.com/runbook' }
    ])
    expect(runtime.links).toEqual([{ label: 'on-call', url: 'mailto:oncall@example.com' }])
    expect(messages(guide, 'ambiguous').join('\n')).toMatch(
      /"javascript:alert\(1\)" is not an http, https or mailto URL/
    )
  })

  it('reads a title, a preamble heading, divisions at ### and teams at ####', () => {
    const guide = imported(readGuide('titled-deep.md'))
    expect(guide.catalog.company).toEqual({
      name: 'Globex',
      summary: 'How Globex engineering is organized.',
      source: 'Imported from guide.md'
    })
    expect(guide.catalog.divisions.map((d) => [d.name, d.teams.map((t) => t.id)])).toEqual([
      ['Infrastructure', ['site-reliability', 'developer-tools']],
      ['Applications', ['web', 'web-2']]
    ])
  })

  it('reads a "We use:" paragraph as a stack intro and "Upcoming:" / "Recently shipped:" as statuses', () => {
    const guide = imported(readGuide('titled-deep.md'))
    const sre = teamNamed(guide.catalog, 'Site Reliability')
    expect(sre.stack).toEqual([
      'Prometheus',
      'Grafana',
      'OpenTelemetry',
      'Honeycomb',
      'PostgreSQL',
      'Amazon RDS'
    ])
    expect(sre.projects.map((p) => [p.title, p.status])).toEqual([
      ['Multi-region failover', 'planned'],
      ['SLO dashboards for every service', 'planned']
    ])
    expect(teamNamed(guide.catalog, 'Web').projects.map((p) => p.status)).toEqual([
      'recent',
      'recent'
    ])
    expect(messages(guide, 'ambiguous')).toContain(
      '20:1 "in-house deploy tool we call Shipit" in the stack of team "Site Reliability" is too long to be a technology\'s name: left out'
    )
  })

  it('reads CRLF line endings exactly like LF ones, positions included', () => {
    const crlf = readGuide('crlf-teams.md')
    expect(crlf).toContain('\r\n')
    const fromCrlf = imported(crlf)
    const fromLf = imported(crlf.replace(/\r\n/g, '\n'))
    expect(fromCrlf.catalog).toEqual(fromLf.catalog)
    expect(fromCrlf.notes).toEqual(fromLf.notes)
    expect(fromCrlf.outline).toEqual(fromLf.outline)
    expect(teamNamed(fromCrlf.catalog, 'Search').stack).toEqual([
      'Elasticsearch',
      'Vespa',
      'Python'
    ])
    expect(teamNamed(fromCrlf.catalog, 'Ads').projects[0]).toMatchObject({ title: 'Budget pacing' })
  })

  it('turns every seed team into CRLF and back without a difference', () => {
    const seed = readSeedGuide()
    expect(imported(seed.replace(/\n/g, '\r\n')).catalog).toEqual(imported(seed).catalog)
  })

  it('imports each fixture guide to a catalog the loader accepts', () => {
    for (const name of ['flat-teams.md', 'divisions-h1.md', 'titled-deep.md', 'crlf-teams.md']) {
      const result = reloaded(imported(readGuide(name)))
      expect(result.ok, `${name}: ${JSON.stringify(!result.ok && result.errors)}`).toBe(true)
    }
  })
})

describe('importGuide edge cases', () => {
  it('refuses a guide without headings, with a hint', () => {
    const result = importGuide('Just a paragraph.\n\n- and a list\n', { file: 'notes.md' })
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          file: 'notes.md',
          line: 1,
          column: 1,
          message: 'no teams found: the guide has no headings',
          hint: expect.stringMatching(/## Payments/)
        }
      ]
    })
  })

  it('takes the company name from the options over the guide', () => {
    const guide = imported('## Search\n\nFinds things.\n', { companyName: 'Hooli' })
    expect(guide.catalog.company.name).toBe('Hooli')
  })

  it('gives unique kebab-case ids to teams with the same or unusual names', () => {
    const guide = imported(
      // (A heading of only "Team" names the page's people since issue 14's sweep: "Team!" is
      // the unusual name whose id collides with the untitled one's here.)
      '## Café Team\n\nx\n\n## Café Team\n\ny\n\n## !!!\n\nz\n\n## Team!\n\nw\n'
    )
    expect(teamsOf(guide).map((t) => t.id)).toEqual(['cafe', 'cafe-2', 'team', 'team-2'])
  })

  it('names a heading without text and reports it', () => {
    const guide = imported('## Search\n\nx\n\n## ![logo](logo.png)\n\nThe logo team.\n')
    expect(teamsOf(guide).map((t) => t.name)).toEqual(['Search', 'Untitled team'])
    expect(messages(guide, 'ambiguous')).toContain(
      '5:1 heading without text: named "Untitled team"'
    )
  })

  it('maps catalog paths back to the guide for validation diagnostics', () => {
    const text = readGuide('flat-teams.md')
    const guide = imported(text)
    expect(guide.locate(['divisions', 0, 'teams', 1])).toEqual(positionOf(text, '## Search'))
    expect(guide.locate(['divisions', 0, 'teams', 0, 'stack', 1])).toEqual(
      positionOf(text, '- Zig')
    )
    expect(guide.locate(['divisions', 0, 'teams', 1, 'projects', 1, 'links', 0])).toEqual(
      positionOf(text, '[typo tolerance]')
    )
  })
})

describe('loadCatalogSource', () => {
  it('imports .md and .markdown files and loads everything else as YAML or JSON', () => {
    const guide = '## Search\n\nThe Search team uses Go.\n'
    for (const file of ['guide.md', 'GUIDE.MARKDOWN']) {
      const result = loadCatalogSource(guide, file)
      expect(result.ok && allTeams(result.value).map((t) => t.mentions)).toEqual([['Go']])
    }
    const asYaml = loadCatalogSource(guide, 'guide.yaml')
    expect(asYaml.ok).toBe(false)
  })

  it('returns the normalized catalog and the import for a guide', () => {
    const result = loadGuideText(readSeedGuide(), 'seed.md', {
      knownTechnologies: bundledTechnologies()
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(Object.isFrozen(result.value.catalog)).toBe(true)
    expect(allTeams(result.value.catalog)).toHaveLength(13)
    expect(
      result.value.plan.notes.filter((note) => note.kind === 'inferred').length
    ).toBeGreaterThan(0)
  })
})
