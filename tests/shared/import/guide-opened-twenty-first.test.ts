// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'
import { imported } from '../../fixtures/guides'

/**
 * Rules found when the twenty-first held-out set was opened for diagnosis (tests/corpus README,
 * "Session 25"). Each fixture is made up in the style that failed, with none of those documents'
 * names, and fails without its rule.
 */

/** A department's stack page: a setext title over ATX H1 kinds of technology, tools linked. */
const STACK_PAGE = `Technology choices
==================

This is the list of technologies used by Harbour Records.

# Client-side

* [HTML](https://developer.mozilla.org/en-US/docs/Web/HTML)
* [JavaScript](https://developer.mozilla.org/en-US/docs/Web/JavaScript)
  * [React](https://react.dev/)

# Server-side

* Languages
  * [Go](https://go.dev/)
* Data
  * [PostgreSQL](https://www.postgresql.org/)

# Ops

* [Terraform](https://www.terraform.io/)
* [AWS](https://aws.amazon.com/)
  * [EC2](https://aws.amazon.com/ec2/)
  * [S3](https://aws.amazon.com/s3/)
  * [SES](https://aws.amazon.com/ses/)
  * [CloudFront](https://aws.amazon.com/cloudfront/)
`

describe('a stack page', () => {
  it('is one team’s stack: the team its sentence says uses it, every part’s tools its stack', () => {
    const { catalog } = imported(STACK_PAGE)
    expect(teamPaths(catalog)).toEqual(['Engineering > Harbour Records'])
    expect(fileTeams(catalog)[0].stack).toEqual([
      'HTML',
      'JavaScript',
      'React',
      'Go',
      'PostgreSQL',
      'Terraform',
      'AWS',
      'Amazon EC2',
      'Amazon S3',
      'Amazon SES',
      'Amazon CloudFront'
    ])
  })

  it('names no company after the maker whose products it links', () => {
    expect(imported(STACK_PAGE).catalog.company.name).not.toBe('AWS')
  })
})

describe('a title written apart', () => {
  it('over H1 sections written with "#" is the page’s title, not one of its sections', () => {
    const page = `Acme Engineering
================

# Payments team

We own checkout. We build with Go.

# Search team

We own search. We build with Elasticsearch.
`
    const { catalog } = imported(page)
    expect(catalog.company.name).toBe('Acme')
    expect(teamPaths(catalog)).toEqual(['Engineering > Payments team', 'Engineering > Search team'])
  })
})

describe('a group’s page in Chinese', () => {
  const page = `# 数据组简介

数据组负责团队的数据平台。

### 主要技术栈

团队主要采用 Go 和 Python 作为开发语言。数据库常用的是 Redis/MySQL/ClickHouse。IAAS 层使用阿里云。

### 团队成员

- [ana](https://github.com/ana)
- [bo](https://github.com/bo)
`

  it('names the group, not its introduction ("数据组简介" is the data group’s introduction)', () => {
    expect(teamPaths(imported(page).catalog)).toEqual(['Engineering > 数据组'])
  })

  it('reads its "main tech stack" part as its stack', () => {
    expect(fileTeams(imported(page).catalog)[0].stack).toEqual([
      'Go',
      'Python',
      'Redis',
      'MySQL',
      'ClickHouse',
      'Alibaba Cloud'
    ])
  })
})

describe('a table of groups', () => {
  it('whose name column is headed by their kind and "name" ("SIG name") lists them', () => {
    const page = `# SIGs - Special Interest Groups

Special Interest Groups are persistent groups responsible for parts of the Lumen project.

## Current SIGs

| SIG name | Responsibilities | SIG Leads |
| :------- | :--------------- | :-------- |
| [Compiler](compiler/README.md) | Graph compilation. | [@ana](https://example.org/ana) |
| Runtime | The runtime and its scheduler. | [@bo](https://example.org/bo) |
| [Docs](docs/README.md) | The documentation site. | [@cy](https://example.org/cy) |
`
    expect(teamPaths(imported(page).catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Compiler',
      'Runtime',
      'Docs'
    ])
  })
})

describe('a heading that names no team', () => {
  it('over three or more sections that each read as a team holds them ("### Working Groups")', () => {
    const group = (name: string, captain: string) => `#### ${name}

- **Coordination**: https://github.com/lumen/${name.toLowerCase()}
- **[${captain}](https://github.com/${captain.split(' ')[0].toLowerCase()}): Captain**

The ${name} working group keeps its part of Lumen going.
`
    const page = `# Lumen Project Teams & Roles

## Active work

### Working Groups

${group('Runtime', 'Ana Ruiz')}
${group('Docs', 'Bo Chen')}
${group('Gateway', 'Cy Park')}`
    expect(teamPaths(imported(page).catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Runtime',
      'Docs',
      'Gateway'
    ])
  })
})

describe('a list of people by their roles', () => {
  it('names no team, whatever the role ("`Lumen BDFL` - Ana Ruiz")', () => {
    const page = `# Lumen Teams

## Active Teams

Here are the active teams. We also have:

- \`Lumen BDFL\` - [**Ana Ruiz**](https://github.com/ana/)
- \`Lumen Project Lead\` - [**Bo Chen**](https://github.com/bo/)

### Runtime

The runtime team keeps the scheduler. We build with Go.

### Docs

The docs team keeps the site. We build with Hugo.
`
    expect(teamPaths(imported(page).catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Runtime',
      'Docs'
    ])
  })
})

describe('a maintainers file of permission teams', () => {
  const people = (...handles: string[]) =>
    handles.map((handle) => `- [${handle}](https://github.com/${handle})`).join('\n')
  const page = `# Maintainers

## Runtime

### Runtime Maintainers

Team which has full maintainer access to the Lumen runtime repositories

${people('AnaRuiz', 'bochen', 'cypark')}

### Runtime Triagers

Team that can manage issues but cannot merge code to the runtime repositories

${people('AnaRuiz', 'dinovak')}

## Docs

### Docs Maintainers

Team which has full maintainer access to the Lumen docs repository

${people('AnaRuiz', 'edlee')}
`

  it('reads a people heading whose text calls it a team as that team', () => {
    expect(teamPaths(imported(page).catalog)).toEqual([
      'Runtime > Runtime Maintainers',
      'Runtime > Runtime Triagers',
      'Docs > Docs Maintainers'
    ])
  })

  it('names no company after a person, however often their profile is linked', () => {
    expect(imported(page).catalog.company.name).not.toBe('AnaRuiz')
  })
})

describe('a list its lead-in calls the document’s sections', () => {
  it('lists pages, not teams ("Main sections:")', () => {
    const page = `# Lumen Release Committee

This repository holds what the Lumen release committee writes down.

Main sections:

- [Release Process](https://lumen.example.org/release.html): how a release is cut and checked
- [Calendar](https://lumen.example.org/calendar.html): when the next releases are planned
- [Vendors](https://lumen.example.org/vendors.html): who hosts the release builds

## Contact

Write to release@lumen.example.org.
`
    expect(teamPaths(imported(page).catalog)).toEqual(['Engineering > Lumen Release Committee'])
  })
})

describe('a page on its kinds of group, its roles and its groups', () => {
  const page = `# Lumen Project Teams, Roles & Structures

## Team Structures

### One line definition

- **Working Group** - A cohesive team with measurable goals for each quarter.
- **Research Group** - A set of people exploring a specific vertical.
- **Tiger Team** - A small, temporary group aimed at one problem.

### Expanded description

#### Working Groups

Working Groups set goals each quarter and keep their repositories.

#### Research Groups

Research Groups explore, and spark new Working Groups.

#### Tiger Teams

Tiger Teams own one problem each and work on it until it is solved.

## Team Roles

### Lumen BDFL

The BDFL decides when no one else can.

- Sets the direction

### Lumen Project Lead

The Project Lead runs the project day to day.

- Runs the roadmap

## Active Teams

### Working Groups

#### Runtime

- **Coordination**: https://github.com/lumen/runtime
- **[Ana Ruiz](https://github.com/ana): Captain**

The Runtime working group keeps the scheduler going.

#### Docs

- **Coordination**: https://github.com/lumen/docs
- **[Bo Chen](https://github.com/bo): Captain**

The Docs working group keeps the site going.

#### Gateway

- **Coordination**: https://github.com/lumen/gateway
- **[Cy Park](https://github.com/cy): Captain**

The Gateway working group keeps the gateway going.

### Research Groups

- https://github.com/lumen/research-crdt
- https://github.com/lumen/research-bitswap
`

  it('reads its groups as teams, not its kinds of group, its roles or its addresses', () => {
    expect(teamPaths(imported(page).catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Runtime',
      'Docs',
      'Gateway'
    ])
  })
})
