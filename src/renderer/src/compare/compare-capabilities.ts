/**
 * Whether this build can compare with a git revision, set once at start-up: the app reads the
 * repository in main; the browser build cannot, and offers only a file.
 */
let revisions = true

export function setCompareRevisions(value: boolean): void {
  revisions = value
}

export function canCompareRevisions(): boolean {
  return revisions
}
