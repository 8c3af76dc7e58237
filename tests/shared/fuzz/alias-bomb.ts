/**
 * Catalogs whose aliases multiply (issue 18): projects anchored once, teams that each alias the
 * projects anchored once, divisions that each alias the teams. About 110·n bytes hold n³
 * projects, every copy where validation walks it: 21 KB held 7 million projects (15 s and
 * 3.4 GB to refuse before the fix), 43 KB ran out of memory. In flow style each alias follows a
 * colon with no space (`"teams":*t`), the shape that slipped past the old fast path's check.
 */
export function nestedAliasBomb(bytes: number, style: 'flow' | 'block'): string {
  const n = Math.floor(bytes / 110)
  const head = [
    'schemaVersion: 1',
    'company: {name: A}',
    'technologies: [{name: Go, category: language}]'
  ]
  const each = (make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i))
  if (style === 'flow') {
    const projects = each(() => '{"title":"P","status":"current"}').join(',')
    const teams = each(
      (i) => `{"id":"t${i}","name":"T","projects":${i === 0 ? `&p [${projects}]` : '*p'}}`
    ).join(',')
    const divisions = each(
      (i) => `{"id":"d${i}","name":"D","teams":${i === 0 ? `&t [${teams}]` : '*t'}}`
    ).join(',')
    return `${head.join('\n')}\ndivisions: [${divisions}]\n`
  }
  const lines = [...head, 'divisions:']
  for (let d = 0; d < n; d++) {
    lines.push(`  - id: d${d}`, '    name: D', d === 0 ? '    teams: &t' : '    teams: *t')
    for (let t = 0; d === 0 && t < n; t++) {
      lines.push(
        `      - id: t${t}`,
        '        name: T',
        t === 0 ? '        projects: &p' : '        projects: *p'
      )
      for (let p = 0; t === 0 && p < n; p++)
        lines.push('          - title: P', '            status: current')
    }
  }
  return `${lines.join('\n')}\n`
}
