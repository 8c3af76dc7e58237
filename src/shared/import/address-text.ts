/**
 * Web addresses, host names and repository paths in running text: `https://…`, `lsif.github.io`,
 * `GitLab.com`, `sourcegraph/lsif-go`. A technology's name inside one is part of an address, not
 * a technology the text names (the corpus's labelling rule: names in a URL only are no pairs).
 * Repository paths are lowercase, so "CI/CD" or "TCP/IP" stay words; a host ends in a common
 * top-level domain, so "Node.js" or "ASP.NET" stay names.
 */
const ADDRESS =
  /\b[a-z][a-z0-9+.-]*:\/\/\S+|(?<![\p{L}\p{N}.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|dev|app|co|edu|gov|info|cloud|ai)(?![\p{L}\p{N}-])(?:\/\S*)?/giu
/**
 * "sourcegraph/lsif-go", "PostHog/posthog": a repository's name is written in lower case, so
 * "PL/pgSQL", "Pub/Sub" and "CI/CD" (a capital after the slash) are names, not paths.
 */
const REPOSITORY_PATH =
  /(?<![\p{L}\p{N}/.-])[\p{L}\p{N}][\p{L}\p{N}_.-]*\/[a-z0-9][a-z0-9_.-]*(?![\p{L}\p{N}/])/gu

/** The text with its addresses blanked (same length, so positions in it still hold). */
export function withoutAddresses(text: string): string {
  const blank = (address: string) => ' '.repeat(address.length)
  return text.replace(ADDRESS, blank).replace(REPOSITORY_PATH, blank)
}

/** An address without its scheme: a host with a dot, then a path ("github.com/acme/auth"). */
const HOST_PATH = /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/\S*$/u

/**
 * A word as the web address it writes: "https://…" as it is, "github.com/acme/auth" (copied from
 * the address bar without its scheme) with https:// before it; undefined for any other word.
 */
export function webAddress(word: string): string | undefined {
  if (/^https?:\/\/\S+$/iu.test(word)) return word
  return HOST_PATH.test(word) ? `https://${word}` : undefined
}
