/** The last part of a path, the file's own name: "data/teams.csv" → "teams.csv". */
export function fileName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path
}

/** A file's name without its extension: "data/teams.csv" → "teams"; ".csv" stays ".csv". */
export function fileStem(path: string): string {
  const name = fileName(path)
  return name.replace(/\.[^.]*$/u, '') || name
}

/**
 * The company's name guessed from the imported file's, for a source that does not say it:
 * "acme_corp-teams.csv" → "Acme Corp Teams", or "Company" when nothing is left.
 */
export function companyNameFromFile(path: string): string {
  return (
    fileName(path)
      .replace(/\.[^.]*$/u, '')
      .replace(/[-_]+/gu, ' ')
      .replace(/\b\p{L}/gu, (c) => c.toUpperCase())
      .trim() || 'Company'
  )
}
