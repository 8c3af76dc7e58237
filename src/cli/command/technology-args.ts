import type { Catalog } from '../../shared/catalog/catalog'
import { resolveTechnology } from '../../shared/lens/resolve-technology'
import type { Io } from '../output/io'

/**
 * The registry names of the technologies a user named (by name or alias, any case), in the
 * order given; or undefined, after printing why each unknown one is unknown (with a
 * did-you-mean where there is one).
 */
export function resolveTechnologyArgs(
  catalog: Catalog,
  names: readonly string[],
  io: Io,
  command: string
): string[] | undefined {
  const resolved: string[] = []
  let failed = false
  for (const name of names) {
    const technology = resolveTechnology(catalog, name)
    if (technology.ok) resolved.push(technology.name)
    else {
      failed = true
      const hint = technology.hint ?? 'run "orgscope techs" to list them'
      io.stderr(`orgscope ${command}: ${technology.message} (${hint})`)
    }
  }
  return failed ? undefined : resolved
}
