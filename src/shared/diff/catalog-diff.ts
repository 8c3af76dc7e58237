import { z } from 'zod'

/**
 * What changed between two versions of a catalog: the shape `orgscope diff --json` prints and
 * the comparison view, the tour and exports read. Written once here; the types are derived.
 *
 * Every entry names its node by id in the newer catalog (in the older one for `removed`), so a
 * consumer finds it in the union of both charts; lists are in catalog order.
 */
export const DIFF_NODE_KINDS = ['division', 'group', 'team'] as const
export const DiffNodeKind = z.enum(DIFF_NODE_KINDS)

/** The division or group a node sits in; null for a division (it sits in the company). */
export const DiffParent = z
  .object({ kind: z.enum(['division', 'group']), id: z.string(), name: z.string() })
  .nullable()

export const DiffAdded = z.object({
  kind: DiffNodeKind,
  id: z.string(),
  name: z.string(),
  parent: DiffParent
})

export const DiffMoved = z.object({
  kind: DiffNodeKind,
  id: z.string(),
  name: z.string(),
  from: DiffParent,
  to: DiffParent
})

export const DiffRenamed = z.object({
  kind: DiffNodeKind,
  id: z.string(),
  from: z.string(),
  to: z.string()
})

/**
 * The team fields a change can name. A list field (stack, mentions, projects, roles,
 * responsibilities, relations) says what it gained and lost; a value field (lead, members,
 * status, id) says from and to. `projects[Title].status` and `roles[Title].status` name the
 * project or role whose status changed. `id` is a node matched by its name whose id changed.
 */
export const DiffChanged = z.object({
  kind: DiffNodeKind,
  id: z.string(),
  name: z.string(),
  field: z.string(),
  added: z.array(z.string()),
  removed: z.array(z.string()),
  from: z.union([z.string(), z.number()]).nullable(),
  to: z.union([z.string(), z.number()]).nullable()
})

export const CatalogDiff = z.object({
  added: z.array(DiffAdded),
  removed: z.array(DiffAdded),
  moved: z.array(DiffMoved),
  renamed: z.array(DiffRenamed),
  changed: z.array(DiffChanged)
})

export type DiffNodeKind = z.infer<typeof DiffNodeKind>
export type DiffParent = z.infer<typeof DiffParent>
export type DiffAdded = z.infer<typeof DiffAdded>
export type DiffMoved = z.infer<typeof DiffMoved>
export type DiffRenamed = z.infer<typeof DiffRenamed>
export type DiffChanged = z.infer<typeof DiffChanged>
export type CatalogDiff = z.infer<typeof CatalogDiff>

/** True when the two catalogs compared hold the same organization. */
export function isEmptyDiff(diff: CatalogDiff): boolean {
  return (
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.moved.length === 0 &&
    diff.renamed.length === 0 &&
    diff.changed.length === 0
  )
}
