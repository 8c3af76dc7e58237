// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'
import { imported } from '../../fixtures/guides'

/**
 * Pages that write every unit from one template: the same sub-headings under each section
 * ("### Responsibilities", "### Requirements", "### Stack"), the section's own text under them
 * rather than above. Made-up pages, none from the corpus; each test fails without its rule.
 */

/** A volunteer project's "join us" page: each group's text only under its template's fields. */
const JOIN_PAGE = `# Join us

We are a volunteer project. Pick the group that suits you.

## Map group

### Responsibilities

- Draw the map tiles
- Keep the points of interest up to date

### Requirements

- Patience

### Stack

\`QGIS\` \`PostGIS\` \`Python\`

## Web group

### Responsibilities

- Build the website

### Requirements

- Some web experience

### Stack

\`Vue\` \`TypeScript\` \`Vite\`

## App group

### Responsibilities

- The mobile app

### Stack

\`Flutter\` \`Dart\`
`

/** A public body's teams page in French, each team's text under the same questions. */
const FRENCH_PAGE = `# Les équipes

Nos équipes travaillent chacune sur une partie de la plateforme.

## Équipe Évaluation

### Que fait l'équipe ?

Elle construit les tests de compétences.

### Qui recrute-t-elle ?

Des développeuses et développeurs.

## Équipe Certification

### Que fait l'équipe ?

Elle gère la certification.

### Qui recrute-t-elle ?

Des développeurs.

## Équipe Accès

### Que fait l'équipe ?

Elle gère la connexion des utilisateurs.
`

describe('sections written from one template', () => {
  it('are the units the page lists, under a title that names only the page ("Join us")', () => {
    const { catalog } = imported(JOIN_PAGE)
    expect(teamPaths(catalog)).toEqual([
      'Engineering > Map',
      'Engineering > Web',
      'Engineering > App'
    ])
    const [map] = fileTeams(catalog)
    expect(map.responsibilities).toEqual([
      'Draw the map tiles',
      'Keep the points of interest up to date'
    ])
  })

  it('are the teams a title in another language names ("Les équipes"), not one team', () => {
    const { catalog, reading } = imported(FRENCH_PAGE)
    expect(teamPaths(catalog)).toEqual([
      'Engineering > Équipe Évaluation',
      'Engineering > Équipe Certification',
      'Engineering > Équipe Accès'
    ])
    expect(reading?.kind).toBe('team-list')
  })

  it('leave a process heading’s topics alone when the topics are named as parts', () => {
    const practices = `# Acme Engineering

## Best practices

### Testing

#### Why

Tests keep us honest.

#### How

Write them first.

### Code review

#### Why

Two pairs of eyes.

#### How

Every change is reviewed.

### Documentation

#### Why

People forget.

#### How

Write it down.

## Payments team

We own checkout. We build with Go and PostgreSQL.
`
    expect(teamPaths(imported(practices).catalog)).toEqual(['Engineering > Payments team'])
  })
})

describe('a stack part’s line of names alone', () => {
  it('is read as a stack list’s line: names that are also words count there', () => {
    const page = `# Acme Engineering

## App team

We build the app.

### Stack

\`Flutter\` \`Dart\`

## Web team

We build the site with React.
`
    const app = fileTeams(imported(page).catalog).find((team) => team.name === 'App team')
    expect(app?.stack).toEqual(['Flutter', 'Dart'])
  })

  it('while a sentence there gives only the names that need no context', () => {
    const page = `# Acme Engineering

## Mobile team

We build the app.

### Stack

We dart between meetings and flutter about, but the app runs on Firebase.

## Web team

We build the site with React.
`
    const mobile = fileTeams(imported(page).catalog).find((team) => team.name === 'Mobile team')
    expect(mobile?.stack).toEqual(['Firebase'])
  })
})
