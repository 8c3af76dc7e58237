// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * Sub-sections of a team's part (session 12, helper h75's sweep: a group page's "Vision",
 * "Responsibilities" and "How we work" each split by audience or topic made 20 of its 52
 * invented projects): a sub-heading that says nothing of its own ("For internal teams") is read
 * as the part above it is, so its list is aims, responsibilities or process, never projects.
 * Fixture written in that style, not copied.
 */
describe('sub-parts read by their parent part', () => {
  it('makes no projects of lists under sub-headings of vision, how-we-work and FAQ parts', () => {
    const found = importedTeam(`# Packaging team

The Packaging team builds the installers of Zephyr Cloud.

## Vision

### For internal teams

- Every team ships its component without waiting on us
- Builds are the same on every laptop

### For customers

- Installing takes one command

## How we work

### Quarterly planning

- Each quarter we draft a plan with the product manager
- The plan is reviewed by the whole group

## FAQ

### Can I ask for a new platform?

- Open an issue with the platform label
- Someone will answer within a week

## Ongoing projects

- Zephyr installer rewrite
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Zephyr installer rewrite'])
  })

  it('reads the answer to a FAQ question about projects as the FAQ, not as projects', () => {
    const found = importedTeam(`# Packaging team

The Packaging team builds the installers of Zephyr Cloud.

## FAQ

### I have an idea for a new project. How do I pitch it?

- There is a monthly pitch meeting
- The platform channel can tell you about funding

## Ongoing projects

- Zephyr installer rewrite
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Zephyr installer rewrite'])
  })

  it('reads the lists under sub-headings of responsibilities as responsibilities', () => {
    const found = importedTeam(`# Packaging team

The Packaging team builds the installers of Zephyr Cloud.

## Responsibilities

### Internal support

- Build tooling for the component teams
- Dependency updates across all components

### Customer delivery

- Installer packages for every supported platform
`)
    expect(found.projects).toEqual([])
    expect(found.responsibilities).toEqual([
      'Build tooling for the component teams',
      'Dependency updates across all components',
      'Installer packages for every supported platform'
    ])
  })

  it('lets a sub-heading that names the work, or a parent of links, keep its list projects', () => {
    const found = importedTeam(`# Packaging team

The Packaging team builds the installers of Zephyr Cloud.

## Goals

### Projects toward them

- Zephyr installer rewrite

## Documentation

### Things we maintain

- [Zephyr CLI](https://example.com/cli) – see the overview
`)
    expect(found.projects.map((project) => project.title)).toEqual([
      'Zephyr installer rewrite',
      'Zephyr CLI'
    ])
  })
})

/**
 * A stack part split by layer (session 20, from a real engineering docs hub: "## Our Tech Stack"
 * over "### Frontend" and "### Backend" lists made twelve projects of technology names): the
 * sub-headings name where the technologies are used, and their lists are the stack.
 */
describe('sub-parts of a stack part', () => {
  it('reads the lists under a stack heading split by layer as the stack, not projects', () => {
    const found = importedTeam(`# Nimbus engineering

Welcome to the hub of the Nimbus engineering team.

## Our stack

### Web
- Svelte / SvelteKit
- TypeScript

### Services
- Elixir / Phoenix
- Redis

## Ongoing projects

- Ledger rewrite
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Ledger rewrite'])
    expect(found.stack).toEqual(
      expect.arrayContaining(['Svelte', 'TypeScript', 'Elixir', 'Phoenix', 'Redis'])
    )
  })
})
