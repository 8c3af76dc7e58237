// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * "## Launch" over a sentence and "- **Teamziel:** …", "- **Koordination:** …", "- **Discord:** …",
 * and every other team's section over the same bold labels: labels its sibling sections repeat
 * are the fields each team fills in, not teams of its own (h134's sweep of real team pages,
 * 2026-12-07: a German wiki's overview of six teams was imported as eighteen "teams" named
 * "Teamziel", "Koordination" and "Discord" under six units). Fixtures made up.
 */
const teamNames = (markdown: string): string[] =>
  teamPaths(imported(markdown).catalog).map((path) => path.split(' > ').pop()!)

describe('bold labels repeated in every sibling section', () => {
  it('are fields of each section, which is the team', () => {
    const page = `# Unsere Teams

## Anker

Anker ist das erste Team der Gruppe und kümmert sich um neue Mitglieder.

- **Ziel:** Neue Mitglieder einarbeiten und das Wiki pflegen.
- **Koordination:** n.n.
- **Discord:** [Anker](https://chat.example.org/anker)

## Kompass

Das Team Kompass plant die Projekte mit den Kunden.

- **Ziel:** Projekte planen und mit Kunden sprechen.
- **Koordination:** [Ida Brook](https://example.org/ida)
- **Discord:** [Kompass](https://chat.example.org/kompass)

## Rust

Das Team Rust entwickelt und pflegt die Rust-Projekte.

- **Ziel:** Entwicklung und Pflege der Rust-Projekte.
- **Koordination:** n.n.
- **Discord:** [Rust](https://chat.example.org/rust)
`
    expect(teamNames(page)).toEqual(['Anker', 'Kompass', 'Rust'])
  })

  it('keeps bold team lines that differ from section to section', () => {
    const page = `# Engineering

## Product

- **Checkout**: the basket and payment pages
- **Search**: the search index and its suggestions

## Platform

- **Runtime**: the clusters every service runs on
- **Data**: the warehouse and its pipelines
`
    expect(teamNames(page)).toEqual(['Checkout', 'Search', 'Runtime', 'Data'])
  })
})
