/**
 * A Backstage entity reference in its full, compared form: `kind:namespace/name`, lowercase
 * (Backstage compares refs without case). A ref may leave out the kind where the field implies
 * one (a parent is a group) and the namespace ("default"), so `platform`, `group:platform` and
 * `group:default/platform` are one ref. Undefined for a value that is not a ref.
 */
export function entityRef(
  value: unknown,
  defaultKind: string,
  namespace = 'default'
): string | undefined {
  if (typeof value !== 'string') return undefined
  const match = /^(?:([^:/\s]+):)?(?:([^:/\s]+)\/)?([^:/\s]+)$/u.exec(value.trim())
  if (!match) return undefined
  const [, kind = defaultKind, ns = namespace, name] = match
  return `${kind}:${ns}/${name}`.toLowerCase()
}

/** An entity's own ref, from its kind and metadata. */
export function ownRef(kind: string, namespace: unknown, name: string): string {
  const ns = typeof namespace === 'string' && namespace.trim() ? namespace.trim() : 'default'
  return `${kind}:${ns}/${name}`.toLowerCase()
}
