// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { loadGuideText } from '../../../src/shared/sources/load-source'
import { threadCpuMs } from '../../fixtures/thread-cpu'

/** A 10 MB guide: divisions of fifty teams, each with a line of text and two projects. */
function tenMegabyteGuide(): string {
  const parts = ['# Big Co Engineering\n\n']
  let length = parts[0].length
  for (let d = 0; length < 10 * 1024 * 1024; d++) {
    const division = [`## Division ${d}\n\n`]
    for (let i = 0; i < 50; i++) {
      const n = d * 50 + i
      division.push(
        `### Team ${n}\n\nThe Team ${n} team owns service ${n} and works on billing with Go.\n\n- Project ${n} alpha\n- Project ${n} beta\n\n`
      )
    }
    const text = division.join('')
    parts.push(text)
    length += text.length
  }
  return parts.join('')
}

describe('importGuide on bad input', () => {
  it('refuses a guide with neither headings nor a team table, at line 1, with a hint', () => {
    const result = importGuide('Just some words about us.\n\n- a list\n', { file: 'plain.md' })
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          file: 'plain.md',
          line: 1,
          column: 1,
          message: 'no teams found: the guide has no headings',
          hint: expect.stringContaining('give each team a heading')
        })
      ]
    })
  })

  it('imports a team table that has no heading above it', () => {
    const result = loadGuideText(
      '| Team | Description |\n|---|---|\n| Search | Finds things |\n',
      't.md'
    )
    expect(result.ok && result.value.plan.catalog.divisions[0].teams.map((t) => t.name)).toEqual([
      'Search'
    ])
  })

  it('says so, with a hint, when headings exist but none reads as a team', () => {
    const result = importGuide('## How to reach us\n\n- #help\n\n## KPIs\n\n- Uptime\n', {
      file: 'nothing.md'
    })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors[0]).toMatchObject({
      line: 1,
      message: 'no teams found: no section, list or table of the guide reads as a team',
      hint: expect.stringContaining('--mapping')
    })
  })

  it('never reads a list of technology names as projects', () => {
    const result = loadGuideText(
      '## Search\n\nThe Search team owns ranking.\n\n- Elasticsearch\n- Kafka\n- Python\n',
      's.md'
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const [search] = result.value.plan.catalog.divisions[0].teams
    expect(search.projects).toEqual([])
    expect(search.stack).toEqual(['Elasticsearch', 'Kafka', 'Python'])
  })

  it('imports a page whose left-over list has only empty bullets (a template waiting for names)', () => {
    // Found when the nineteenth held-out set was first scored: "## Contact" over "-" and "-"
    // was offered as a list of teams with no name to key it by, and the import threw.
    for (const heading of ['Contact', 'FAQ', '2024']) {
      const result = importGuide(
        `## Payments\n\nThe Payments team runs checkout.\n\n- Checkout\n- Refunds\n\n## Search\n\nThe Search team runs the index.\n\n- Ranking\n- Indexing\n\n## ${heading}\n\n-\n-\n`,
        { file: 'guide.md' }
      )
      expect(result.ok, heading).toBe(true)
      if (result.ok)
        expect(result.value.catalog.divisions[0].teams.map((team) => team.name)).toEqual([
          'Payments',
          'Search'
        ])
    }
  })

  it('refuses a guide over the size limit at once, with the limit in the message', () => {
    const huge = 'x'.repeat(33 * 1024 * 1024)
    const started = performance.now()
    const result = importGuide(huge, { file: 'huge.md' })
    expect(performance.now() - started).toBeLessThan(1000)
    expect(!result.ok && result.errors[0].message).toMatch(
      /file is too large \(33\.0 MB; the limit is 32 MB\)/
    )
  })

  // A title over thousands of sections that look like teams but that the page never calls
  // teams: whether each is called one is looked up, not searched for in the whole page per
  // section (that was quadratic: 4,000 such sections took 14 s, 1,000 took 2.6 s).
  it('reads a titled page of look-alike sections in time linear in its size', () => {
    const page = (sections: number): string => {
      const parts = ['# Acme Platform\n\n']
      for (let i = 0; i < sections; i++) {
        parts.push(
          `## Area ${i} Of Work\n\nOwns the ingestion service and the billing pipeline.\n\n- Project one\n- Project two\n\n`
        )
      }
      return parts.join('')
    }
    const cpu = (sections: number): number => {
      const text = page(sections)
      importGuide(text, { file: 'warm.md' })
      const started = threadCpuMs()
      importGuide(text, { file: 'page.md' })
      return threadCpuMs() - started
    }
    const small = cpu(1_000)
    const large = cpu(8_000)
    // Linear work is 8x; the per-section search was 64x.
    console.log(`look-alike sections: 8,000 take ${(large / small).toFixed(1)}x the CPU of 1,000`)
    expect(large / small).toBeLessThan(20)
    // What is measured is the CPU ratio, not the wall time: on a loaded machine (other test
    // files on both cores) the four imports take longer than vitest's 5 s default.
  }, 30_000)

  // A pattern tried at every space of a long run that walks the rest of the run each time is
  // quadratic in the run: a paragraph of 100,000 spaces took 12 s, a heading's 9 s (a look-behind
  // of \s+ and a \s+ searched for at every position, both mended). 16 times the run must cost
  // far less than 256 times the CPU; the line sits at 16^1.5, as the loader's scaling test's.
  it.for([
    ['a paragraph', (run: string) => `We build x${run}y things.`],
    ['a list item', (run: string) => `- a${run}b\n- c`],
    ['a heading', (run: string) => `### Platform${run}team\n\nText.`],
    ['a table cell', (run: string) => `| Team | Stack |\n| --- | --- |\n| A${run}B | Go |`],
    ['a sentence start', (run: string) => `Acme.${run}Acme is a company.`]
  ] as const)(
    'reads a run of 100,000 spaces and tabs in %s in time linear in its length',
    ([, write]) => {
      const guide = (length: number) =>
        `# Acme\n\n## Platform team\n\n${write(' \t'.repeat(length / 2))}\n`
      // This thread's CPU per import, repeated until 50 ms are spent (the clock moves in steps).
      const cpu = (length: number): number => {
        const text = guide(length)
        importGuide(text, { file: 'warm.md' })
        const started = threadCpuMs()
        let imports = 0
        while (threadCpuMs() - started < 50) {
          importGuide(text, { file: 'runs.md' })
          imports++
        }
        return (threadCpuMs() - started) / imports
      }
      const grown = cpu(100_000) / cpu(6_250)
      console.log(`a run of spaces and tabs, 16 times longer: x${grown.toFixed(1)} the CPU`)
      expect(grown).toBeLessThan(64)
    }
  )

  // Teams named in prose with their stacks in parentheses: each parenthesis used to read the
  // whole sentence before and after it, so a paragraph of 32,000 took 199 s (8,000: 10 s).
  it('reads a paragraph of thousands of names with stacks in parentheses in time linear in its length', () => {
    const guide = (names: number) =>
      `# Acme\n\n## Platform\n\nOur teams: ${'Web (Go, Kafka) '.repeat(names)}done.\n`
    const cpu = (names: number): number => {
      const text = guide(names)
      importGuide(text, { file: 'warm.md' })
      const started = threadCpuMs()
      let imports = 0
      while (threadCpuMs() - started < 50) {
        importGuide(text, { file: 'stacks.md' })
        imports++
      }
      return (threadCpuMs() - started) / imports
    }
    const grown = cpu(8_000) / cpu(500)
    console.log(`names with stacks in parentheses, 16 times more: x${grown.toFixed(1)} the CPU`)
    expect(grown).toBeLessThan(64)
  })

  // About 10 s of CPU on this 2-core machine (the depth-based importer took as long). The bound
  // is on this thread's CPU time, not the clock: beside other work on the same cores the clock
  // measured 41 s alone and over 60 s with other test files, for the same CPU time.
  it('imports a 10 MB guide whole, every note at a line of the guide', { timeout: 180_000 }, () => {
    const guide = tenMegabyteGuide()
    const lines = guide.split('\n').length
    const started = performance.now()
    const cpuBefore = threadCpuMs()
    const result = loadGuideText(guide, 'big.md')
    const cpu = threadCpuMs() - cpuBefore
    const elapsed = performance.now() - started
    console.log(
      `10 MB guide: ${(cpu / 1000).toFixed(1)} s of CPU, ${(elapsed / 1000).toFixed(1)} s`
    )
    expect(cpu).toBeLessThan(60_000)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const teams = result.value.catalog.divisions.reduce((n, d) => n + d.teams.length, 0)
    expect(teams).toBeGreaterThan(60_000)
    for (const note of result.value.plan.notes) {
      expect(note.line).toBeGreaterThanOrEqual(1)
      expect(note.line).toBeLessThanOrEqual(lines)
    }
  })
})
