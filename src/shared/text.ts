/** "1 team", "3 teams": a count and its noun, plural unless the count is one. */
export function countLabel(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`
}
