// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import type { ChartNode } from '../../../src/shared/import/mermaid-chart'
import { readTextTree } from '../../../src/shared/import/text-tree-chart'
import { imported } from '../../fixtures/guides'
import { teamNamed, teamPaths } from '../../fixtures/imported-catalog'
import { threadCpuMs } from '../../fixtures/thread-cpu'

/** Org charts drawn as text trees in a fenced block (made-up pages, not corpus text). */
const at = { line: 10, column: 1 }

function tree(nodes: ChartNode[]): unknown[] {
  return nodes.map((node) =>
    node.children.length > 0 ? { [node.label]: tree(node.children) } : node.label
  )
}

const drawn = [
  'Engineering',
  '├── Platform',
  '│   ├── Infrastructure',
  '│   └── Developer Experience',
  '├── Product',
  '│   ├── Payments',
  '│   └── Search',
  '└── Data',
  '    └── ML Platform'
].join('\n')

const shape = [
  {
    Engineering: [
      { Platform: ['Infrastructure', 'Developer Experience'] },
      { Product: ['Payments', 'Search'] },
      { Data: ['ML Platform'] }
    ]
  }
]

const fence = (body: string, language = ''): string => `\`\`\`${language}\n${body}\n\`\`\``

describe('readTextTree', () => {
  it('reads a tree drawn with box-drawing connectors, each node at its line and column', () => {
    const chart = readTextTree(`\n${drawn}`, at)
    expect(tree(chart)).toEqual(shape)
    expect(chart[0].at).toEqual({ line: 11, column: 1 })
    // "│   └── Developer Experience" is the guide's line 14; its name begins at column 9.
    expect(chart[0].children[0].children[1].at).toEqual({ line: 14, column: 9 })
  })

  it('reads the ASCII connectors |--, +--, `-- and \\-- under | rails', () => {
    const ascii = [
      'text',
      'Engineering',
      '|',
      '|-- Platform',
      '|   +-- Infrastructure',
      '|   `-- Developer Experience',
      '+-- Product',
      '|   |-- Payments',
      '|   \\-- Search',
      '`-- Data',
      '    `-- ML Platform'
    ].join('\n')
    expect(tree(readTextTree(ascii, at))).toEqual(shape)
  })

  it('reads an indented outline of "-" and "*" items, with notes after the names set aside', () => {
    const outline = [
      '',
      '- Engineering',
      '  - Platform',
      '    * Infrastructure — builds and runs the clusters',
      '    * Developer Experience (Ana Ruiz)',
      '  - Product',
      '    - Payments: checkout and billing',
      '    - Search',
      '  - Data',
      '    - ML Platform'
    ].join('\n')
    expect(tree(readTextTree(outline, at))).toEqual(shape)
  })

  it('reads an outline drawn by indentation alone, as the same tree', () => {
    // Session 22: "Engineering" over "  Platform" over "    Compute Team", no connector or marker.
    const indented = [
      'text',
      'Engineering',
      '  Platform',
      '    Infrastructure team',
      '    Developer Experience',
      '  Product',
      '    Payments',
      '    Search',
      '  Data',
      '    ML Platform'
    ].join('\n')
    expect(tree(readTextTree(indented, at))).toEqual([
      {
        Engineering: [
          { Platform: ['Infrastructure team', 'Developer Experience'] },
          { Product: ['Payments', 'Search'] },
          { Data: ['ML Platform'] }
        ]
      }
    ])
    // Indented code, or names on one level, draw no tree.
    const code = ['', 'Build', '  Run the tests', '  Deploy to staging'].join('\n')
    expect(readTextTree(code, at, 'Teams')).toEqual([])
    const flat = ['', 'Platform team', 'Product team', 'Data team'].join('\n')
    expect(readTextTree(flat, at)).toEqual([])
  })

  it('reads names in sentence case, sets notes and people’s roles aside', () => {
    const staffed = [
      '',
      'Widgets Inc',
      '├── Engineering (9 people: Go, React)',
      '│   ├── Core services team (API, billing)',
      '│   │   ├── Backend Engineers',
      '│   │   └── Tech Lead',
      '│   └── Web/Mobile',
      '├── DevOps/SRE',
      '│   └── (Terraform, Nomad mentioned)',
      '└── Customer success'
    ].join('\n')
    expect(tree(readTextTree(staffed, at))).toEqual([
      {
        'Widgets Inc': [
          { Engineering: ['Core services team', 'Web/Mobile'] },
          'DevOps/SRE',
          'Customer success'
        ]
      }
    ])
  })

  it('reads no tree from a directory tree, a command’s output, or a tree of steps', () => {
    const directory = ['', '.', '├── src', '│   └── index.ts', '├── README.md', '└── package.json']
    expect(readTextTree(directory.join('\n'), at)).toEqual([])
    // Folders named in title case, under a heading that speaks of teams.
    const folders = ['', 'Assets', '├── Scripts', '│   └── Player', '└── Scenes'].join('\n')
    expect(readTextTree(folders, at, 'Teams')).toEqual([])
    // The same tree reads in a plain fence, not as a console's output.
    expect(tree(readTextTree(`text\n${drawn}`, at))).toEqual(shape)
    expect(readTextTree(`console\n${drawn}`, at)).toEqual([])
    expect(readTextTree(`\n$ tree org\n${drawn}`, at)).toEqual([])
    const steps = ['', 'Request', '├── Router → Handler', '└── Middleware'].join('\n')
    expect(readTextTree(steps, at)).toEqual([])
  })

  it('reads a tree of concepts only when it names units or its context says it is the organization', () => {
    const concepts = ['', 'Animal', '├── Mammal', '│   └── Dog', '└── Bird'].join('\n')
    expect(readTextTree(concepts, at)).toEqual([])
    const named = ['', 'Acme', '├── Web team', '└── Mobile team'].join('\n')
    expect(tree(readTextTree(named, at))).toEqual([{ Acme: ['Web team', 'Mobile team'] }])
    const told = ['', 'Acme', '├── Web', '└── Mobile'].join('\n')
    expect(readTextTree(told, at)).toEqual([])
    expect(tree(readTextTree(told, at, 'Org structure'))).toEqual([{ Acme: ['Web', 'Mobile'] }])
    expect(tree(readTextTree(told, at, 'About\nOur org chart:'))).toEqual([
      { Acme: ['Web', 'Mobile'] }
    ])
    // A heading that only mentions teams says nothing of what the tree draws.
    expect(readTextTree(told, at, 'How teams deploy\nThe steps:')).toEqual([])
  })
  // A pattern that walks a run of spaces from each of its spaces is quadratic in the run (a
  // trailing `\s+$`, a note's `\s+-\s`): 16 times the run must cost far less than 256 times.
  it('reads a branch with a run of 100,000 spaces in time linear in its length', () => {
    const cpu = (length: number): number => {
      const text = `\nEngineering\n├── Web${' '.repeat(length)}team x\n└── Mobile${' '.repeat(length)}`
      readTextTree(text, at)
      const started = threadCpuMs()
      let reads = 0
      while (threadCpuMs() - started < 50) {
        expect(tree(readTextTree(text, at))).toEqual([{ Engineering: ['Web team x', 'Mobile'] }])
        reads++
      }
      return (threadCpuMs() - started) / reads
    }
    const grown = cpu(100_000) / cpu(6_250)
    console.log(`a text tree's run of spaces, 16 times longer: x${grown.toFixed(1)} the CPU`)
    expect(grown).toBeLessThan(64)
  })
})

describe('a guide that draws its org chart as a text tree', () => {
  it('reads its branches as units holding the teams drawn under them', () => {
    const plan = imported(`# Acme Engineering\n\nOur organization:\n\n${fence(drawn)}\n`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Platform > Infrastructure',
      'Engineering > Platform > Developer Experience',
      'Engineering > Product > Payments',
      'Engineering > Product > Search',
      'Engineering > Data > ML Platform'
    ])
  })

  it('reads a tree of leaves under one root as the root’s teams', () => {
    const leaves = ['Engineering', '├── Payments', '├── Search', '└── Growth'].join('\n')
    const plan = imported(`# Acme\n\n${fence(leaves)}\n`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Acme > Engineering > Payments',
      'Acme > Engineering > Search',
      'Acme > Engineering > Growth'
    ])
  })

  it('reads no teams, and says nothing of a chart, from a directory tree beside the org tree', () => {
    const directory = [
      '.',
      '├── src',
      '│   ├── index.ts',
      '│   └── Components',
      '├── README.md',
      '└── package.json'
    ].join('\n')
    const leaves = ['Engineering', '├── Payments', '└── Search'].join('\n')
    const plan = imported(
      `# Widgets\n\n## Teams\n\n${fence(leaves)}\n\n## Layout\n\nThe repository:\n\n${fence(directory)}\n`
    )
    expect(teamPaths(plan.catalog)).toEqual([
      'Widgets > Engineering > Payments',
      'Widgets > Engineering > Search'
    ])
    const charted = plan.notes.filter((note) => /org chart/u.test(note.message))
    expect(charted.map((note) => note.line)).toEqual([6])
  })

  it('joins a team drawn in the tree with the section of its name', () => {
    const plan = imported(
      [
        '# Acme Engineering',
        '## Organization',
        fence(drawn),
        '## Payments',
        'The Payments team runs checkout and billing with Go and PostgreSQL.'
      ].join('\n\n')
    )
    expect(teamPaths(plan.catalog)).toContain('Engineering > Product > Payments')
    expect(teamPaths(plan.catalog).filter((path) => path.endsWith('Payments'))).toHaveLength(1)
    expect(teamNamed(plan.catalog, 'Payments').summary).toBe(
      'The Payments team runs checkout and billing with Go and PostgreSQL.'
    )
    expect(plan.notes.map((note) => note.message)).toContain(
      '"Payments" is drawn in the chart (line 11): read as the same team, placed where the chart puts it'
    )
  })

  // A quadratic step (each line searching the lines before it for its parent, say) would take
  // 100 times the CPU for 10 times the lines. The bound is on this thread's CPU, not the clock.
  it('reads a 10,000-line tree in time linear in its size', () => {
    const page = (lines: number): string => {
      const out = ['# Acme', '', '```', 'Engineering']
      for (let g = 0; g < lines / 100; g++) {
        out.push(`├── Group ${g}`)
        for (let t = 0; t < 99; t++) out.push(`│   ${t === 98 ? '└' : '├'}── Team ${g} ${t}`)
      }
      out.push('```', '')
      return out.join('\n')
    }
    const cpu = (lines: number): number => {
      const text = page(lines)
      importGuide(text, { file: 'warm.md' })
      const started = threadCpuMs()
      const result = importGuide(text, { file: 'tree.md' })
      const spent = threadCpuMs() - started
      if (!result.ok) throw new Error('the tree did not import')
      expect(teamPaths(result.value.catalog)).toHaveLength((lines / 100) * 99)
      return spent
    }
    const small = cpu(1_000)
    const large = cpu(10_000)
    console.log(`a text tree: 10,000 lines take ${(large / small).toFixed(1)}x the CPU of 1,000`)
    expect(large / small).toBeLessThan(25)
  }, 60_000)
})
