/** Splits repeatable, comma-separated flag values: `--tech Go,k8s --tech React`. */
export function listValues(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((list) => list.split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '')
}
