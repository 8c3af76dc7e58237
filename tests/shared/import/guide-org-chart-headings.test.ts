// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * The heading over a drawn org chart (h145 sweep, from a Portuguese page's "## Org Chart
 * Simplificado"): "Org chart" with a word saying how much it shows ("Simplified org chart"),
 * and the word in the other languages ("Organigrama", "Organograma", "Organigramme",
 * "Organigramm"), heads the chart as "Org chart" does: no unit of its own.
 */
describe('org chart headings', () => {
  it.each([
    '## Simplified org chart',
    '## Org Chart Simplificado',
    '## Organigrama',
    '## Organograma simplificado',
    '## Organigramme',
    '## Organigramm'
  ])('reads "%s" over a chart as the chart\'s heading, not a unit', (heading) => {
    const plan = imported(`# Tribes

Tribes are how the squads are organized.

${heading}

\`\`\`
CTO
├── Tribe Edge (Engineering Manager)
│   ├── Squad Cameras
│   └── Squad Media
└── Tribe Core (Engineering Manager)
    ├── Squad Infra
    └── Squad Data
\`\`\`
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Tribe Edge > Squad Cameras',
      'Engineering > Tribe Edge > Squad Media',
      'Engineering > Tribe Core > Squad Infra',
      'Engineering > Tribe Core > Squad Data'
    ])
  })
})
