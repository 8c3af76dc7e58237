// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules found when the eighteenth held-out set was opened for diagnosis (tests/corpus README,
 * "Session 22"). Each fixture is made up in the style that failed, with none of those documents'
 * names, and fails without its rule.
 */

describe("a team-list heading that names the organization's kind and a date", () => {
  it('reads "Program Teams & Funding (March 2024)" as the list of the page\'s teams, no unit', () => {
    const plan = imported(`# About Harbor Atlas

The Harbor Atlas program maps the coast's tides for the ports that use them.

## Program Teams & Funding (March 2024)

- **Program Management:** Liaisons
- [**Mapping Team**](../mapping.md) (grant pending)
- [**Survey Team**](../survey.md)
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Program Management',
      'Engineering > Mapping Team',
      'Engineering > Survey Team'
    ])
  })
})

describe('a bold label closing its list over a table of teams', () => {
  it("is the unit of the table's teams, and the list goes on after the table", () => {
    const plan = imported(`# About Harbor Atlas

The Harbor Atlas program maps the coast's tides for the ports that use them.

## Teams

- [**Coordination Team**](../coordination.md)

- [**Data Providers:**](../providers.md)

| Grant     | Team                     |
|-----------|--------------------------|
| HA-0101   | [Tide Gauge Provider]()  |
| HA-0102   | [Sonar Provider]()       |

- **Analysis Agents:**

| Grant     | Team                   |
|-----------|------------------------|
| HA-0201   | [Forecast Agent]()     |
| HA-0202   | [Warning Agent]()      |

- [**Archive Team**](../archive.md) (HA-0301)
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Coordination Team',
      'Engineering > Archive Team',
      'Data Providers > Tide Gauge Provider',
      'Data Providers > Sonar Provider',
      'Analysis Agents > Forecast Agent',
      'Analysis Agents > Warning Agent'
    ])
  })
})

describe("a post's contents list of links to its own sections", () => {
  const body = `Lumen Freight moves parcels across the islands, and our team builds its routing.

# Organizational Structure

For years the company was split by function, which slowed every release down.

## Redesigning our Teams

We moved to cross-functional cells, each owning one part of the business end to end.

## Platform Teams

Platform teams provide internal services that the cells build on.

# Routing Platform

The Routing Platform team provides the route planning service that every cell calls.

## Product Thinking

We treat the platform as a product and its users as customers.

### User Interviews

We interviewed a dozen engineers from five cells.

### Prioritization

We ranked the requests by how many cells they unblock.
`
  const contents = `- [Organizational Structure](#organizational-structure)
  - [Redesigning our Teams](#redesigning-our-teams)
  - [Platform Teams](#platform-teams)
- [Routing Platform](#routing-platform)
  - [Product Thinking](#product-thinking)
    - [User Interviews](#user-interviews)
    - [Prioritization](#prioritization)

----

`
  it('is no org chart: the page reads as it does without it', () => {
    const front = `---
title: "Building Lumen Freight's Routing Platform"
---

`
    const without = imported(front + body)
    const withContents = imported(front + contents + body)
    const written = (entries: typeof withContents.outline): string[] =>
      entries.flatMap((entry) => [entry.written ?? '', ...written(entry.children)])
    expect(written(withContents.outline)).not.toContain('chart node')
    expect(teamPaths(withContents.catalog)).toEqual(teamPaths(without.catalog))
  })
})

describe("a post's closing and process sections", () => {
  it('reads "Key Takeaways" and "Interaction Between Teams" as no teams', () => {
    const plan = imported(`# Platform Group

The Platform group keeps the shared services running for every product team.

## Deploy Tools

The Deploy Tools team owns the CI pipelines and the release train.

- Jenkins jobs
- Release notes

## Data Services

The Data Services team owns the warehouse and its loaders.

- Loaders
- Warehouse

## Interaction Between Teams

Teams work together in three modes, and we track which mode each pair is in.

## Key Takeaways

What we learnt from a year of running the group this way.

- Platform work is product work
- Talk to your users every week

## Lessons Learned

- Start with the users' pain, not with the tools
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Platform Group > Deploy Tools',
      'Platform Group > Data Services'
    ])
  })
})

describe("a handbook's communities, contributing and credits sections", () => {
  it('reads "Communities", "Contributing & Credits" and what they hold as no teams', () => {
    const plan = imported(`---
title: How to work at the Data Office
---

## Data Office Handbook

This handbook collects what engineers at the Data Office need to know.

## Tools

The office has built tools that support project teams.

### Want to create a new repository?

Use the office's template repository.

## Security

The office's workflows include security checks:

- Secret scanning on every push
- Dependency review on pull requests

## Communities

### Data Office

The office's engineers meet across teams in these groups:

- Working group on data standards, every other Monday
- Accessibility community, monthly

## Contributing & Credits

### Making Contributions

This handbook is kept by the whole office. We welcome contributions from all engineers.

- Add new tools
- Fix broken links

### Credits

This handbook is the work of many people. Special thanks to:

- Everyone who reviewed it
- The office's leadership, for their support
`)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Security'])
  })
})

describe('a unit with people of its own and one team under it', () => {
  it('is a team itself, the team under it beside it', () => {
    const plan = imported(`---
title: 'About'
---

Welcome to Harbor Digital.

## The Team

We are a cross-functional team of writers, editors and designers.

## Harbor Digital
**Ana Ruiz**, Director<br/>
**Bo Chen**, Community Manager<br/>
**Cy Park**, Designer<br/>
**Di Lane**, Editor

### The Harbor Design System Core Team

**Cy Park**, Product Owner<br/>
**Ed Moss**, Developer

---

## Contact Us

- [Send us an email](mailto:team@example.org)
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Harbor Digital',
      'Engineering > The Harbor Design System Core Team'
    ])
  })
})
