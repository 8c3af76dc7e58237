// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * The source tree reads one way: a file never reaches itself through its imports, and neither
 * does a folder (feature folders use the store and shared code, never the reverse; a folder's
 * root files compose its subfolders, whose files never import that root). Layer rules (shared
 * imports no Node or Electron, the CLI nothing of main) are ESLint's no-restricted-imports.
 */
const SRC = resolve(__dirname, '../../src')

describe('the import graph of src/', () => {
  const graph = importGraph(SRC)

  it('has no cycle between files', () => {
    expect(cycles(graph).map(describeCycle)).toEqual([])
  })

  it('has no cycle between folders', () => {
    const folders = new Map<string, Set<string>>()
    for (const [file, targets] of graph) {
      const from = dirname(file)
      for (const target of targets) {
        const to = dirname(target)
        if (from === to) continue
        if (!folders.has(from)) folders.set(from, new Set())
        folders.get(from)!.add(to)
      }
    }
    expect(cycles(folders).map(describeCycle)).toEqual([])
  })

  it('finds the imports it checks (the graph is not empty by mistake)', () => {
    const cli = graph.get(join(SRC, 'cli/run.ts'))
    expect([...(cli ?? [])].map((file) => relative(SRC, file))).toContain('cli/commands/export.ts')
    expect(graph.size).toBeGreaterThan(150)
  })
})

/** Every .ts/.tsx file under `root`, with the files under `root` it imports (static or dynamic). */
function importGraph(root: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const file of sourceFiles(root)) {
    const imports = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles
    const targets = new Set<string>()
    for (const { fileName } of imports) {
      if (!fileName.startsWith('.')) continue
      const target = resolveModule(resolve(dirname(file), fileName.replace(/\?.*$/, '')))
      if (target?.startsWith(root)) targets.add(target)
    }
    graph.set(file, targets)
  }
  return graph
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

function resolveModule(base: string): string | undefined {
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx')
  ]
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile())
}

/** The strongly connected components with more than one node (Tarjan), each sorted. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0
  const indexOf = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (node: string): void => {
    indexOf.set(node, index)
    low.set(node, index++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indexOf.get(next)!))
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node)
  return found
}

function describeCycle(members: string[]): string {
  return members.map((member) => relative(SRC, member) || '.').join(' <-> ')
}
