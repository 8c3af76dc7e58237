/**
 * "@acme/admins", "`@acme/developers`": a code host's team written by its handle, the owning
 * organization before the slash. Without the "@" ("acme/website") it names a repository.
 */
const HANDLE_HEADING = /^`?(@)?([A-Za-z0-9][\w.-]*)\/([\w.-]+)`?$/u

/** The organization and team (or repository) a heading's text names by its slug. */
export function slugHeading(
  text: string
): { owner: string; name: string; team: boolean } | undefined {
  const found = HANDLE_HEADING.exec(text.trim())
  return found ? { owner: found[2], name: found[3], team: found[1] === '@' } : undefined
}
