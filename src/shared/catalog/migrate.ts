import { isMap, isScalar, parseDocument } from 'yaml'
import type { Result } from './diagnostic'
import { LineIndex } from './line-index'
import { loadCatalogText } from './load'

export type Migration = { text: string; from: 1; to: 2 } | { text: string; from: 2; to: 2 }

/**
 * A version 1 catalog's text as version 2. Version 2 only adds fields, and a version 1 file means
 * the same read as version 2, so the migration is the version number: the `yaml` library's
 * Document API finds the `schemaVersion` value where it is written (YAML or JSON, block or flow,
 * comments anywhere), and that token alone is replaced. Every other byte stays as it was:
 * comments, blank lines, quoting and line breaks, which re-serializing the document would not
 * all keep. Refuses (with located diagnostics, nothing changed) a file whose version is not 1
 * or 2, or that would not load as version 2: a file with version 2 fields already in it (the
 * error that suggests this command) loads once migrated.
 */
export function migrateCatalogText(text: string, file: string): Result<Migration> {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const source = text.slice(bom)
  const lines = new LineIndex(source)
  const fail = (offset: number, message: string, hint: string) => ({
    ok: false as const,
    errors: [{ file, ...lines.position(offset), message, hint }]
  })
  const document = parseDocument(source, { uniqueKeys: false })
  const root = document.contents
  const version = isMap(root)
    ? root.items.find((pair) => isScalar(pair.key) && pair.key.value === 'schemaVersion')
    : undefined
  if (document.errors.length > 0 || !isMap(root)) {
    // The loader says what is wrong, and where, better than a second message would.
    const loaded = loadCatalogText(text, file)
    return loaded.ok
      ? fail(0, 'not a catalog this command can migrate', 'is it a catalog file?')
      : loaded
  }
  if (!version) {
    return fail(
      root.range?.[0] ?? 0,
      'no "schemaVersion" to migrate',
      'a catalog starts with "schemaVersion: 1"; add it, or check this is a catalog file'
    )
  }
  const value = version.value
  if (!isScalar(value) || !value.range || (value.value !== 1 && value.value !== 2)) {
    return fail(
      (isScalar(value) && value.range?.[0]) || 0,
      'schemaVersion is not 1 or 2: this command migrates version 1 catalogs',
      'set "schemaVersion: 1" if the file is a version 1 catalog'
    )
  }
  if (value.value === 2) return { ok: true, value: { text, from: 2, to: 2 } }
  const [start, end] = value.range
  const migrated = `${text.slice(0, bom + start)}2${text.slice(bom + end)}`
  const loaded = loadCatalogText(migrated, file)
  if (!loaded.ok) return loaded
  return { ok: true, value: { text: migrated, from: 1, to: 2 } }
}
