/** About `megabytes` MB of guide: divisions of fifty teams, each with a line and two projects. */
export function guideOf(megabytes: number): { text: string; divisions: number } {
  const parts = ['# Big Co Engineering\n\n']
  let length = parts[0].length
  let divisions = 0
  for (; length < megabytes * 1024 * 1024; divisions++) {
    const lines = [`## Division ${divisions}\n\n`]
    for (let i = 0; i < 50; i++) {
      const n = divisions * 50 + i
      lines.push(
        `### Team ${n}\n\nThe Team ${n} team owns service ${n} and works on billing.\n\n- Project ${n} alpha\n- Project ${n} beta\n\n`
      )
    }
    const text = lines.join('')
    parts.push(text)
    length += text.length
  }
  return { text: parts.join(''), divisions }
}
