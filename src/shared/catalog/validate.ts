import type { z } from 'zod'
import type { Catalog } from './catalog'
import type { Diagnostic, Result } from './diagnostic'
import { addDictionaryKnowledge } from './dictionary-knowledge'
import { freezeCatalog } from './freeze-catalog'
import { OrgChecks } from './org-checks'
import { MAX_BUILT_PROBLEMS, Problems } from './problems'
import { quickRead } from './quick-read'
import { checkRegistry } from './registry-checks'
import { CatalogFile, CatalogFileV1 } from './schema'
import type { DataPath, SourceDocument } from './source'
import { fromZodIssue } from './zod-issues'

/**
 * Items of lists kept in a sample of the data (see validateCatalog): enough to fill the report
 * when most of them are wrong, few enough to check in a millisecond.
 */
const SAMPLE_ITEMS = 1000

/**
 * The data with its lists cut short, keeping their first items: SAMPLE_ITEMS in all, but at least
 * one of each list, so that every rule of the schema it breaks, the whole data breaks at the same
 * path (no rule asks for at most so many items). Undefined when nothing had to be cut.
 */
function sampled(data: unknown): { data: unknown } | undefined {
  let left = SAMPLE_ITEMS
  let cut = false
  const sample = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const keep = Math.min(value.length, Math.max(1, left))
      left -= keep
      if (keep < value.length) cut = true
      const kept = new Array<unknown>(keep)
      for (let i = 0; i < keep; i++) kept[i] = sample(value[i])
      return kept
    }
    if (value === null || typeof value !== 'object') return value
    const copy: Record<string, unknown> = {}
    for (const key in value) copy[key] = sample((value as Record<string, unknown>)[key])
    return copy
  }
  const result = sample(data)
  return cut ? { data: result } : undefined
}

/**
 * Checks parsed data against the schema of its version, then the rules a schema cannot express
 * (unique ids, technology references and relations that resolve, group depth, no alias claimed
 * twice), and builds the normalized, frozen catalog. Every diagnostic points at the offending
 * line and column. `own`: the data is the caller's to give (nothing reads it after, not even
 * `locate`), so a valid file is normalized in place instead of copied. `read`: the data as
 * quickRead already read it (in place: `own` too).
 */
export function validateCatalog(
  source: SourceDocument,
  { own = false, read }: { own?: boolean; read?: CatalogFile } = {}
): Result<Catalog> {
  const report = (path: DataPath, message: string, hint?: string, key = false): Diagnostic => ({
    file: source.file,
    ...source.locate(path, { key }),
    message,
    ...(hint ? { hint } : {})
  })
  const problems = new Problems(source.file)

  const addIssues = (issues: z.core.$ZodIssue[]) => {
    for (const issue of issues) {
      for (const make of fromZodIssue(issue, report, source.file)) problems.add(make)
    }
  }
  // A valid file (the usual case) is read without zod; zod reads any other, for its issues.
  // `own`: the caller hands the data over (JSON.parse's): it is read in place, not copied.
  const file =
    read ?? quickRead(source.data, { own }) ?? readWithZod(source.data, addIssues, problems)
  if (!file) return problems.failure()

  const registry = checkRegistry(file.technologies, problems, report, source.locate, source.file)
  // Normalized in place: the file read is a fresh copy, ours to fill in, and a copy of 10⁵ teams
  // costs time and memory (the garbage collector was most of a large catalog's validation).
  // Once the report is full the checks stop: a flood of 10⁵ duplicate ids is not worth counting.
  new OrgChecks(problems, report, source.locate, registry).run(file.divisions)

  if (problems.full) problems.stop()
  if (problems.any) return problems.failure()
  addDictionaryKnowledge(file.technologies, registry.implied)
  // The file's shape with every reference resolved, every project given its id and every team
  // its group path: the normalized catalog (tests check each load against the Catalog schema).
  return { ok: true, value: freezeCatalog(file as unknown as Catalog) }
}

/**
 * The file as zod reads it by its version's schema, or undefined with its issues added. A
 * version 1 file is read by version 1's schema, so it means what it always meant and a version 2
 * field in it is an error that says so. Anything else (2, or a version missing or unknown) is
 * read by version 2's, which says which versions there are.
 */
function readWithZod(
  data: unknown,
  addIssues: (issues: z.core.$ZodIssue[]) => void,
  problems: Problems
): CatalogFile | undefined {
  const schema = isVersion1(data) ? CatalogFileV1 : CatalogFile
  // When nearly every object breaks the schema, zod reports each one, at a few microseconds
  // apiece with the garbage they make: 10⁵ teams with a bad id (2 MB) took 0.35 s. A sample of
  // the data is checked first; when it alone fills the report, the rest is not checked.
  const sample = sampled(data)
  if (sample) {
    const early = schema.safeParse(sample.data, { reportInput: true })
    if (!early.success && early.error.issues.length >= MAX_BUILT_PROBLEMS) {
      addIssues(early.error.issues)
      problems.stop()
      return undefined
    }
  }
  const parsed = schema.safeParse(data, { reportInput: true })
  if (!parsed.success) {
    addIssues(parsed.error.issues)
    return undefined
  }
  // Version 1's output is version 2's without its new fields; the checks fill them in.
  return parsed.data as CatalogFile
}

function isVersion1(data: unknown): boolean {
  return (
    data !== null &&
    typeof data === 'object' &&
    (data as Record<string, unknown>).schemaVersion === 1
  )
}
