/** A fresh id for a new view: short, URL- and file-safe, unique among `existing`. */
export function newViewId(existing: readonly { id: string }[], random = Math.random): string {
  const taken = new Set(existing.map((v) => v.id))
  for (let attempt = 0; ; attempt++) {
    const id =
      attempt < 10
        ? `v-${Math.floor(random() * 36 ** 8)
            .toString(36)
            .padStart(8, '0')}`
        : `v-${taken.size + attempt}`
    if (!taken.has(id)) return id
  }
}
