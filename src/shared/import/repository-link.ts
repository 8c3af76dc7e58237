import { absoluteUrl } from './linked-organization'

/** A code host, where a link to `/owner/repo` is a repository. */
const CODE_HOST = /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)$/iu
/** A name written as a repository's slug: lower case, no spaces ("go-spiffe", "spire"). */
const SLUG = /^[a-z0-9][a-z0-9._-]*$/u

/**
 * Whether a linked label names a repository rather than a team: it links to a repository's own
 * page on a code host (not to a folder or file in it) and is written as its slug or exactly as
 * its name ("[spire](https://github.com/spiffe/spire): a reference implementation"). Teams
 * link to their pages or folders and are named in words ("[Apps](…/sig-apps)"); a
 * "Getting Started" list of a project's repositories is no team list.
 */
export function namesRepository(label: { text: string; href?: string }): boolean {
  const url = label.href === undefined ? undefined : absoluteUrl(label.href)
  if (!url) return false
  const path = url.pathname.split('/').filter(Boolean)
  if (!CODE_HOST.test(url.hostname) || path.length !== 2) return false
  const text = label.text.trim()
  return text === path[1] || SLUG.test(text)
}
