// @vitest-environment node
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * The modules a page entry loads before anything else: those its static imports of values reach
 * (an `import type` is erased; an `import()` is a chunk of its own). Each with the packages it
 * imports and the chain that brought it in.
 */
function firstChunk(entry: string): Map<string, { packages: string[]; via: string[] }> {
  const reached = new Map<string, { packages: string[]; via: string[] }>()
  const queue: [string, string[]][] = [[resolve(entry), []]]
  while (queue.length > 0) {
    const [file, via] = queue.shift()!
    if (reached.has(file)) continue
    const packages: string[] = []
    reached.set(file, { packages, via })
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
    for (const statement of source.statements) {
      const specifier = valueImport(statement)
      if (specifier === undefined) continue
      if (!specifier.startsWith('.')) {
        packages.push(specifier)
        continue
      }
      const target = moduleFile(resolve(dirname(file), specifier.replace(/\?.*$/, '')))
      if (target) queue.push([target, [...via, relative(process.cwd(), file)]])
    }
  }
  return reached
}

/** The module a statement imports (or re-exports) values from; undefined for types only. */
function valueImport(statement: ts.Statement): string | undefined {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause
    if (clause?.isTypeOnly) return undefined
    const named = clause?.namedBindings
    if (
      clause &&
      !clause.name &&
      named &&
      ts.isNamedImports(named) &&
      named.elements.length > 0 &&
      named.elements.every((element) => element.isTypeOnly)
    ) {
      return undefined
    }
    return (statement.moduleSpecifier as ts.StringLiteral).text
  }
  if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
    return (statement.moduleSpecifier as ts.StringLiteral).text
  }
  return undefined
}

function moduleFile(base: string): string | undefined {
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(
    (file) => existsSync(file) && statSync(file).isFile()
  )
}

describe('the first chunk of each page entry', () => {
  // zod is ~30 KiB of the page's gzipped JavaScript, and the first chart needs none of it: the
  // catalog it draws was validated by main (the app) or at build time (the browser build's
  // bundled catalog), and what reads files or stored settings loads the schemas on demand.
  it.each(['src/renderer/src/web/main.tsx', 'src/renderer/src/main.tsx'])(
    '%s reaches no module that imports zod',
    (entry) => {
      const modules = firstChunk(entry)
      expect(modules.size).toBeGreaterThan(50)
      const withZod = [...modules]
        .filter(([, { packages }]) => packages.includes('zod'))
        .map(([file, { via }]) => [...via, relative(process.cwd(), file)].join(' → '))
      expect(withZod).toEqual([])
    }
  )
})
