import type { CatalogRole, CatalogTeam } from '../catalog/catalog'
import type { DiffChanged } from './catalog-diff'

type Change = Omit<DiffChanged, 'kind' | 'id' | 'name'>

/**
 * What changed inside one team between two versions: its status, lead and headcount, what it
 * states and mentions, its projects, roles, responsibilities and relations. `nextTeamId` maps a
 * team id of the older version to the same team's id in the newer one, so a related team whose
 * id changed does not read as a relation removed and another added.
 */
export function teamChanges(
  old: CatalogTeam,
  next: CatalogTeam,
  nextTeamId: (oldId: string) => string
): Change[] {
  const changes: Change[] = []
  const value = (field: string, from: string | number | null, to: string | number | null) => {
    if (from !== to) changes.push({ field, added: [], removed: [], from, to })
  }
  const list = (field: string, from: readonly string[], to: readonly string[]) => {
    if (sameItems(from, to)) return
    const { added, removed } = listChange(from, to)
    if (added.length > 0 || removed.length > 0) {
      changes.push({ field, added, removed, from: null, to: null })
    }
  }
  value('status', old.status, next.status)
  value('lead', old.lead?.name ?? null, next.lead?.name ?? null)
  value('members', old.members ?? null, next.members ?? null)
  list('stack', old.stack, next.stack)
  list('mentions', old.mentions, next.mentions)
  keyedChanges(changes, 'projects', old.projects, next.projects, (p) => p.title)
  keyedChanges(changes, 'roles', old.roles, next.roles, roleLabel)
  list('responsibilities', old.responsibilities, next.responsibilities)
  if (old.relations.length > 0 || next.relations.length > 0) {
    list(
      'relations',
      old.relations.map((relation) => `${relation.kind} ${nextTeamId(relation.team)}`),
      next.relations.map((relation) => `${relation.kind} ${relation.team}`)
    )
  }
  return changes
}

/** The same items in the same order: most lists of most teams, checked without a Set. */
function sameItems(from: readonly string[], to: readonly string[]): boolean {
  if (from.length !== to.length) return false
  for (let i = 0; i < from.length; i++) if (from[i] !== to[i]) return false
  return true
}

/** What `to` has that `from` lacks, and the reverse, each in its own list's order. */
export function listChange(
  from: readonly string[],
  to: readonly string[]
): { added: string[]; removed: string[] } {
  const before = new Set(from)
  const after = new Set(to)
  return {
    added: [...after].filter((item) => !before.has(item)),
    removed: [...before].filter((item) => !after.has(item))
  }
}

/**
 * Projects or roles added and removed (by label, case ignored), then each kept one whose status
 * changed, as `projects[Title].status`.
 */
function keyedChanges<T extends { status: string }>(
  changes: Change[],
  field: 'projects' | 'roles',
  old: readonly T[],
  next: readonly T[],
  label: (item: T) => string
): void {
  if (old.length === next.length && old.every((item, i) => sameKept(item, next[i], label))) return
  const oldByKey = new Map(old.map((item) => [label(item).toLowerCase(), item]))
  const nextByKey = new Map(next.map((item) => [label(item).toLowerCase(), item]))
  const added = next.filter((item) => !oldByKey.has(label(item).toLowerCase())).map(label)
  const removed = old.filter((item) => !nextByKey.has(label(item).toLowerCase())).map(label)
  if (added.length > 0 || removed.length > 0) {
    changes.push({ field, added, removed, from: null, to: null })
  }
  for (const [key, item] of nextByKey) {
    const before = oldByKey.get(key)
    if (before && before.status !== item.status) {
      changes.push({
        field: `${field}[${label(item)}].status`,
        added: [],
        removed: [],
        from: before.status,
        to: item.status
      })
    }
  }
}

function sameKept<T extends { status: string }>(a: T, b: T, label: (item: T) => string): boolean {
  return a.status === b.status && label(a).toLowerCase() === label(b).toLowerCase()
}

/** A role as people name it: its title, with its level and place when the catalog gives them. */
function roleLabel(role: CatalogRole): string {
  const details = [role.level, role.location].filter(
    (detail) => detail !== undefined && !role.title.includes(detail)
  )
  return details.length > 0 ? `${role.title} (${details.join(', ')})` : role.title
}
