/**
 * The path data of the logos `ids` name, from the same per-logo chunks the page draws chips with
 * (same origin): for a drawing made away from the page's logo store, in a worker (the export's,
 * the import preview's). A logo whose chunk fails to load is left out: the chip draws no logo.
 */
export async function loadLogos(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
  if (ids.length === 0) return new Map()
  const { loadLogo } = await import('virtual:technology-logos')
  const paths = await Promise.all(ids.map((id) => loadLogo(id).catch(() => undefined)))
  return new Map(ids.flatMap((id, i) => (paths[i] === undefined ? [] : [[id, paths[i]]])))
}
