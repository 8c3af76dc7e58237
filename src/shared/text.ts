/** "1 team", "3 teams": a count and its noun, plural unless the count is one. */
export function countLabel(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`
}

/** A file's size as a person reads it: "12 KB", "6.5 MB" (at least "1 KB": never "0 KB"). */
export function fileSizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
