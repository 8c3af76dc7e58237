import * as fs from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import git from 'isomorphic-git'
import { parseRevision, type Revision } from './parse-revision'

/** A file as one commit holds it. */
export interface RevisionFile {
  bytes: Uint8Array
  /** The commit it was read from. */
  commit: string
  /** The repository's top folder. */
  root: string
  /** The file's path from the top folder, with forward slashes. */
  path: string
}

export type RevisionRead =
  { ok: true; value: RevisionFile } | { ok: false; message: string; hint: string }

/**
 * Reads `path` as revision `revision` of the git repository holding `from` (a folder) holds it.
 * `path` is from the repository's top folder, as in `git show REV:path`, unless it is absolute
 * or starts with ./ or ../ (then it is from `from`).
 *
 * isomorphic-git reads the repository's files directly: no `git` program is needed (a desktop
 * app's users often have none), and nothing a repository's config names is ever run.
 */
export async function readAtRevision(
  from: string,
  revision: string,
  path: string
): Promise<RevisionRead> {
  const parsed = parseRevision(revision)
  if (!parsed.ok)
    return fail(parsed.message, 'write a revision like HEAD~3, a tag, a branch or a commit id')
  let root: string
  try {
    root = await git.findRoot({ fs, filepath: resolve(from) })
  } catch {
    return fail(
      `${resolve(from)} is not in a git repository`,
      'compare with another file instead, or run "git init" and commit the catalog'
    )
  }
  const gitdir = await gitDirectory(root)
  const inRepo = repositoryPath(root, from, path)
  if (inRepo === undefined) {
    return fail(`${path} is outside the repository at ${root}`, 'give a path inside the repository')
  }
  const commit = await resolveRevision(gitdir, parsed.value, revision)
  if (!commit.ok) return commit
  try {
    const { blob } = await git.readBlob({ fs, gitdir, oid: commit.oid, filepath: inRepo })
    return { ok: true, value: { bytes: blob, commit: commit.oid, root, path: inRepo } }
  } catch (error) {
    if (isNotFound(error)) {
      return fail(
        `${revision} (commit ${commit.oid.slice(0, 7)}) has no file ${inRepo}`,
        `the path is from the repository's top folder (${root}); "git log --oneline -- ${inRepo}" lists the commits that have it`
      )
    }
    return fail(
      `could not read ${inRepo} at ${revision}: ${messageOf(error)}`,
      'check the repository with "git fsck"'
    )
  }
}

/** The .git folder: a worktree or submodule has a .git file naming it instead. */
async function gitDirectory(root: string): Promise<string> {
  const dotGit = join(root, '.git')
  try {
    if ((await stat(dotGit)).isFile()) {
      const named = /^gitdir:\s*(.+)$/m.exec(await readFile(dotGit, 'utf8'))
      if (named) return resolve(root, named[1].trim())
    }
  } catch {
    // findRoot found it a moment ago; if it vanished, reading objects reports that.
  }
  return dotGit
}

function repositoryPath(root: string, from: string, path: string): string | undefined {
  const fromUser = /^\.\.?([/\\]|$)/.test(path) || resolve(path) === path
  const absolute = fromUser ? resolve(from, path) : resolve(root, path)
  const inside = relative(root, absolute)
  if (inside === '' || inside.startsWith('..') || resolve(inside) === inside) return undefined
  return inside.split(sep).join('/')
}

type Resolved = { ok: true; oid: string } | { ok: false; message: string; hint: string }

async function resolveRevision(
  gitdir: string,
  revision: Revision,
  text: string
): Promise<Resolved> {
  let oid: string
  try {
    oid = await resolveBase(gitdir, revision.base)
    ;({ oid } = await git.readCommit({ fs, gitdir, oid }))
  } catch {
    return fail(
      `unknown revision "${revision.base}"${revision.base === text ? '' : ` in "${text}"`}`,
      '"git log --oneline" lists commits, "git tag" the tags, "git branch -a" the branches'
    )
  }
  for (const step of revision.steps) {
    const { commit } = await git.readCommit({ fs, gitdir, oid })
    const parent = commit.parent[step.parent - 1]
    if (parent === undefined) {
      return fail(
        `"${text}" goes back past the history: commit ${oid.slice(0, 7)} has ${commit.parent.length === 0 ? 'no parent' : `${commit.parent.length} parent(s)`}`,
        'use a smaller number of commits back'
      )
    }
    oid = parent
  }
  if (revision.before !== undefined) {
    const seconds = Math.floor(revision.before / 1000)
    for (;;) {
      const { commit } = await git.readCommit({ fs, gitdir, oid })
      if (commit.committer.timestamp <= seconds) break
      const parent = commit.parent[0]
      if (parent === undefined) {
        return fail(
          `no commit in "${text}" is that old: the history starts ${new Date(commit.committer.timestamp * 1000).toISOString().slice(0, 10)}`,
          'use a later date'
        )
      }
      oid = parent
    }
  }
  return { ok: true, oid }
}

async function resolveBase(gitdir: string, base: string): Promise<string> {
  try {
    return await git.resolveRef({ fs, gitdir, ref: base })
  } catch (error) {
    // Not a ref: maybe a commit id, whole or abbreviated (at least 4 hex digits, as git asks).
    if (/^[0-9a-f]{4,40}$/i.test(base))
      return git.expandOid({ fs, gitdir, oid: base.toLowerCase() })
    throw error
  }
}

function isNotFound(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === 'NotFoundError'
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function fail(message: string, hint: string): { ok: false; message: string; hint: string } {
  return { ok: false, message, hint }
}
