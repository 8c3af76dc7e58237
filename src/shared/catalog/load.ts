import type { Catalog } from './catalog'
import type { Result } from './diagnostic'
import { parseJson, parseJsonCounting } from './parse-json'
import { quickReadCounting } from './quick-read'
import { quickYaml } from './quick-yaml'
import { textSizeProblem } from './size-limit'
import { parseSource, type SourceDocument } from './source'
import { validateCatalog } from './validate'

/**
 * The whole pipeline from catalog text to normalized catalog: parse, validate, cross-check,
 * normalize. Pure (no I/O), never throws; shared by main, the web build and the CLI.
 *
 * The good path reads the text without positions, fast: JSON (a `.json` file, or text that
 * starts with `{`) by JSON.parse, YAML by quickYaml (the block style catalogs are written in).
 * Only when validation finds a problem is the text read again, by parseSource (js-yaml, which
 * records where each node is as it goes; JSON is YAML), to locate it. Text the fast readers do
 * not read (quickYaml gives up on anchors, tags and more) is read by parseSource at once, and
 * its diagnostics located from that one parse.
 */
export function loadCatalogText(text: string, file: string): Result<Catalog> {
  const tooLarge = textSizeProblem(file, text)
  if (tooLarge) return { ok: false, errors: [tooLarge] }
  const fast = loadWithoutPositions(text, file)
  if (fast) return fast
  const source = parseSource(text, file)
  if (!source.ok) return source
  return validate(source.value)
}

/**
 * The catalog read by JSON.parse or quickYaml and validated, or undefined when neither reads
 * the text exactly (parseSource then reads it, and reports what is wrong where).
 */
function loadWithoutPositions(text: string, file: string): Result<Catalog> | undefined {
  // A byte-order mark is invisible in editors; every parse ignores it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const json = file.toLowerCase().endsWith('.json') || source.trimStart().startsWith('{')
  // JSON.parse keeps the last of a key repeated in one object: counting the keys tells (YAML
  // refuses a repeated key, and quickYaml gives up on one).
  const parsed = json ? parseJsonCounting(source) : quickYaml(source)
  if (!parsed) return undefined
  // Positions only for a catalog that fails: the same data read by parseSource, on the first
  // diagnostic to locate.
  let positioned: Result<SourceDocument> | undefined
  const locate: SourceDocument['locate'] = (path, options) => {
    positioned ??= parseSource(text, file)
    return positioned.ok ? positioned.value.locate(path, options) : { line: 1, column: 1 }
  }
  // The good path: quickRead reads every key of a valid catalog, counting them, so that no walk
  // of the data of its own has to (fewer than the text has: one was repeated in an object).
  // The data is the fast reader's, read by nothing else (positions come from the text): ours
  // to keep.
  const quick = quickReadCounting(parsed.data, { own: true })
  if (quick && 'keys' in parsed && quick.keys !== parsed.keys) return undefined
  let result: Result<Catalog>
  if (quick) {
    result = validate({ file, data: parsed.data, locate }, { own: true, read: quick.file })
  } else if (json) {
    // Not read: zod says why, from the data as JSON.parse gave it (quickRead, reading in place,
    // changed part of it).
    const again = parseJson(source)
    if (!again) return undefined
    result = validate({ file, data: again.data, locate }, { own: true })
  } else {
    // Not read: parseSource reads the YAML again, and zod says why with positions from it.
    return undefined
  }
  // JSON.parse reads what parseSource may refuse (more key names than a catalog has): its
  // refusal says what is wrong better than the validation of what JSON.parse read.
  return !result.ok && positioned && !positioned.ok ? positioned : result
}

function validate(
  source: SourceDocument,
  options?: Parameters<typeof validateCatalog>[1]
): Result<Catalog> {
  try {
    return validateCatalog(source, options)
  } catch (error) {
    // A throw here is a bug in OrgScope, not in the catalog; still, never crash the caller.
    return {
      ok: false,
      errors: [
        {
          file: source.file,
          line: 0,
          column: 0,
          message: `internal error while validating: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'please report this with the catalog file attached'
        }
      ]
    }
  }
}
