// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A chart whose root is its executive's title (h145 sweep, from a Portuguese tribes page whose
 * chart starts at "CPTO", the chief product and technology officer): the title leads
 * engineering as a whole, as "CTO" does, and is no unit named "CPTO".
 */
describe('leader titles at a chart root', () => {
  it.each(['CPTO', 'CTPO', 'CDO', 'Chief Digital Officer'])(
    'reads a chart under "%s" as engineering\'s',
    (title) => {
      const plan = imported(`# Tribes

## Org chart

\`\`\`
${title}
├── Tribe Edge
│   ├── Squad Cameras
│   └── Squad Media
└── Tribe Core
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
    }
  )
})
