import { isEmptyDiff } from '../../shared/diff/catalog-diff'
import { diffCatalogs } from '../../shared/diff/diff-catalogs'
import { describeSide, loadCatalogSide, parseCatalogSide } from '../args/catalog-side-arg'
import { defineCommand } from '../command/define-command'
import { diffReport } from '../output/diff-report'
import { printDiagnostics } from '../output/print-diagnostics'

/** Like diff(1): 0 the same, 1 different, 2 trouble (a usage mistake or a catalog that fails). */
export const DIFF_SAME = 0
export const DIFF_DIFFERENT = 1
export const DIFF_TROUBLE = 2

/** `orgscope diff OLD NEW`: what changed between two versions of a catalog. */
export const diff = defineCommand({
  usage: 'diff OLD NEW [--json]',
  summary: 'compare two versions of a catalog: files, or REV:path from git',
  help: ({ usage, summary }) => `Usage: orgscope ${usage}

${summary}.
OLD and NEW are each a catalog file, or REV:path for the file as a git revision holds it:
  HEAD~3:data/teleport.yaml   three commits back (path from the repository's top folder;
                              ./path or ../path is from the current folder)
  v1.0:data/teleport.yaml     a tag or branch; a commit id, whole or abbreviated
  @{2026-01-01}:data/teleport.yaml   the newest commit on or before that date
Divisions, groups and teams are paired by id, then by name: a renamed team is a rename.
  --json   print { added: [{ kind, id, name, parent }], removed: [same], moved: [{ kind, id,
           name, from, to }], renamed: [{ kind, id, from, to }], changed: [{ kind, id, name,
           field, added, removed, from, to }] }; parent, from and to are { kind, id, name } or
           null for a division
Exit status: 0 when the two hold the same organization, 1 when they differ, 2 on error.
The repository is read directly: no git program is needed.`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 2, max: 2, missing: 'expected OLD and NEW', noun: 'OLD and NEW pair' },
  usageExit: DIFF_TROUBLE,
  async run({ values, positionals }, io) {
    const sides = positionals.map(parseCatalogSide)
    const loaded = await Promise.all(sides.map(loadCatalogSide))
    const errors = loaded.flatMap((result) => (result.ok ? [] : result.errors))
    if (errors.length > 0) {
      printDiagnostics(io, errors)
      return DIFF_TROUBLE
    }
    const [old, next] = loaded.map((result) => (result.ok ? result.value : undefined))
    const found = diffCatalogs(old!, next!)
    const same = isEmptyDiff(found)
    if (values.json) io.stdout(JSON.stringify(found, null, 2))
    else if (same) {
      io.stdout(
        `${describeSide(sides[0])} and ${describeSide(sides[1])} hold the same organization`
      )
    } else {
      io.stdout(`${describeSide(sides[0])} -> ${describeSide(sides[1])}\n\n${diffReport(found)}`)
    }
    return same ? DIFF_SAME : DIFF_DIFFERENT
  }
})
