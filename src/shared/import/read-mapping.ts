import type { Diagnostic, Result } from '../catalog/diagnostic'
import { parseSource } from '../catalog/source'
import { describePath } from '../catalog/zod-issues'
import { ImportMapping, ImportRole } from './import-plan'

/**
 * A mapping file (`guide.import.json`, JSON or YAML) parsed and checked against ImportMapping,
 * every problem at its line and column: a mistyped role is reported where it is written, with
 * the roles it may be. Pure, never throws.
 */
export function readMapping(text: string, file: string): Result<ImportMapping> {
  const source = parseSource(text, file)
  if (!source.ok) return source
  const parsed = ImportMapping.safeParse(source.value.data)
  if (parsed.success) return { ok: true, value: parsed.data }
  const errors: Diagnostic[] = parsed.error.issues.map((issue) => {
    const path = issue.path.filter(
      (segment): segment is string | number => typeof segment !== 'symbol'
    )
    const where = describePath(path) || 'mapping'
    const inRoles = path[0] === 'roles' && path.length === 2
    const unknownKey = issue.code === 'unrecognized_keys'
    const at = source.value.locate(
      unknownKey ? [...path, issue.keys[0]] : path,
      unknownKey ? { key: true } : {}
    )
    return {
      file,
      ...at,
      message: unknownKey
        ? `${where}: unknown field "${issue.keys[0]}"`
        : inRoles
          ? `${where}: ${JSON.stringify(valueAt(source.value.data, path))} is not a role`
          : `${where}: ${issue.message}`,
      hint: unknownKey
        ? 'a mapping has "version", "roles", and optionally "baseUrl", "company" and "reading"'
        : inRoles
          ? `a role is one of ${ImportRole.options.join(', ')}`
          : path[0] === 'version'
            ? 'write "version": 1'
            : 'see the README, "Importing a team guide"'
    }
  })
  return { ok: false, errors }
}

/** The value at a path of parsed data (zod 4 leaves the input out of its issues). */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string | number, unknown>)[segment]
  }
  return value
}
