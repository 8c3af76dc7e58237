// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { ChartNode } from '../../../src/shared/import/mermaid-chart'
import { readPlantUmlChart } from '../../../src/shared/import/plantuml-chart'

const at = { line: 10, column: 1 }

function tree(nodes: ChartNode[]): unknown[] {
  return nodes.map((node) =>
    node.children.length > 0 ? { [node.label]: tree(node.children) } : node.label
  )
}

describe('readPlantUmlChart', () => {
  it('reads a work breakdown by the depth of its lines, each at its line of the guide', () => {
    const chart = readPlantUmlChart(
      'plantuml\n@startwbs\n* Platform\n** Data\n*** Storage\n** Web\n@endwbs',
      at
    )
    expect(tree(chart)).toEqual([{ Platform: [{ Data: ['Storage'] }, 'Web'] }])
    expect(chart[0].children[0].children[0].at).toEqual({ line: 14, column: 1 })
  })

  it('reads a mind map with colours, aliases, boxless nodes and multi-line text', () => {
    const chart = readPlantUmlChart(
      [
        'puml',
        '@startmindmap',
        '*[#Orange] Engineering',
        '**(ops) Operations',
        '***_ Reliability',
        '**:Developer',
        'Experience;',
        '@endmindmap'
      ].join('\n'),
      at
    )
    expect(tree(chart)).toEqual([
      { Engineering: [{ Operations: ['Reliability'] }, 'Developer Experience'] }
    ])
  })

  it('reads no tree from other diagrams, other languages or a lone node', () => {
    expect(readPlantUmlChart('plantuml\n@startuml\nA --> B\n@enduml', at)).toEqual([])
    expect(readPlantUmlChart('text\n@startwbs\n* A\n** B\n@endwbs', at)).toEqual([])
    expect(readPlantUmlChart('plantuml\n@startwbs\n* Alone\n@endwbs', at)).toEqual([])
  })
})
