import type { Block, Inline, ListItem, Span } from './markdown-blocks'
import { knownTechnology } from '../technology/dictionary/known-technologies'
import { bodyBefore } from './body-name'

/**
 * Hosts whose first path segment, not the host, names the organization (`github.com/nodejs/…`,
 * and a chat's rooms: `gitter.im/onnx/Releases` is the ONNX community's, not Gitter's).
 */
const CODE_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'codeberg.org',
  'gitter.im'
])

/**
 * Services a guide links to for chat, meetings, documents and social media: their own name is
 * never the guide's organization (a SIG table links groups.google.com on every row). Where a
 * tenant has its own subdomain, that subdomain is (`kubernetes.slack.com`, `acme.atlassian.net`).
 */
const TENANT_SERVICES = ['slack.com', 'zoom.us', 'zoom.com', 'atlassian.net', 'notion.site']
const SERVICES = [
  'google.com',
  'youtube.com',
  'twitter.com',
  'x.com',
  'linkedin.com',
  'medium.com',
  'meetup.com'
]

/** Host labels that name a site's part, never an organization. */
const SITE_WORDS = new Set([
  'www',
  'about',
  'docs',
  'doc',
  'blog',
  'handbook',
  'app',
  'api',
  'en',
  // A community's services on its own domain: chat.acme.org is Acme's chat, not "Chat".
  'chat',
  'forum',
  'forums',
  'discuss',
  'wiki',
  'lists',
  'mail',
  'git',
  'status'
])

/** A name as links and text can both spell it: "Node.js", "nodejs" and "NodeJS" are one. */
export function organizationKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** A capitalized name in running text: "GitLab", "Node.js", "CNCF", "PostHog". */
const PROPER_NAME = /(?<![\p{L}\p{N}.])\p{Lu}[\p{L}\p{N}]*(?:\.[a-z]{2,4})?(?![\p{L}\p{N}])/gu

/** At least this many links must name the organization, so one outside link decides nothing. */
const MIN_LINKS = 3

/** A page's spans and the organizations its absolute links name, read once for every question. */
export interface PageLinks {
  spans: Span[]
  /** How many links name each organization key. */
  linked: Map<string, number>
  /** The distinct sites naming each key: `kubernetes.slack.com` and `github.com/kubernetes`. */
  sites: Map<string, Set<string>>
  /** How many of a key's links are named for technologies other than it (see linkedOrganization). */
  products: Map<string, number>
}

export function pageLinks(blocks: Block[]): PageLinks {
  const spans = spansOf(withoutReferences(blocks))
  const linked = new Map<string, number>()
  const sites = new Map<string, Set<string>>()
  const products = new Map<string, number>()
  for (const span of spans) {
    if (span.href === undefined) continue
    // "[JamesKunstle](https://github.com/JamesKunstle)": a person's profile, named by its handle.
    if (profileLink(span)) continue
    const product = knownTechnology(span.text.trim()) !== undefined
    for (const { key, site } of organizationsIn(span.href)) {
      linked.set(key, (linked.get(key) ?? 0) + 1)
      // A site's page named for another technology ("[EC2](https://aws.amazon.com/ec2/)"); not
      // a code host's, where an organization keeps its own trackers.
      if (product && organizationKey(span.text) !== key && !site.includes('/'))
        products.set(key, (products.get(key) ?? 0) + 1)
      sites.set(key, (sites.get(key) ?? new Set()).add(site))
    }
  }
  return { spans, linked, sites, products }
}

/**
 * The organization a guide belongs to, as its text and its links agree: a capitalized name its
 * text uses that its absolute links' hosts (`about.gitlab.com`, `gitlab.slack.com`) or
 * code-host owners (`github.com/nodejs/…`) also name, at least three times; the one most links
 * name wins. Undefined when they agree on nothing: a guide that only links elsewhere, or only
 * relatively, names no organization this way.
 */
export function linkedOrganization({
  spans,
  linked,
  sites,
  products
}: PageLinks): string | undefined {
  const spellings = new Map<string, Map<string, number>>()
  const text = spans.map((span) => span.text).join(' ')
  for (const found of text.matchAll(PROPER_NAME)) {
    const key = organizationKey(found[0])
    if (!namesPage(key, { linked, products })) continue
    // "the University of Washington" and links to washington.edu: the university's whole name.
    const body = bodyBefore(text, found.index)
    const name = body ? `${body.name}${found[0]}` : found[0]
    const counts = spellings.get(key) ?? new Map<string, number>()
    counts.set(name, (counts.get(name) ?? 0) + 1)
    spellings.set(key, counts)
  }
  // The name the most sites name: "kubernetes.slack.com" names Slack and Kubernetes, and
  // "groups.google.com" Google, but only Kubernetes is also github.com/kubernetes. Then the
  // name most links point at, then the one the text uses most.
  let best: { name: string; sites: number; links: number; uses: number } | undefined
  for (const [key, counts] of spellings) {
    const rank = { sites: sites.get(key)?.size ?? 0, links: linked.get(key) ?? 0 }
    const uses = [...counts.values()].reduce((sum, n) => sum + n, 0)
    // The spelling the text uses most ("GitLab" over a sentence's "Gitlab").
    const [name] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]
    const better =
      !best ||
      rank.sites > best.sites ||
      (rank.sites === best.sites &&
        (rank.links > best.links || (rank.links === best.links && uses > best.uses)))
    if (better) best = { name, ...rank, uses }
  }
  return best?.name
}

/** Chat and workspace services whose subdomain is the organization's own workspace. */
const WORKSPACE_SERVICES = ['slack.com', 'atlassian.net', 'notion.site']

/**
 * The organizations whose own workspace the page links (`acme.slack.com`, `acme.atlassian.net`),
 * as keys: a page sends its readers to its own organization's chat, even once.
 */
export function workspaceOrganizationKeys({ spans }: PageLinks): Set<string> {
  const keys = new Set<string>()
  for (const span of spans) {
    const host =
      span.href === undefined ? undefined : absoluteUrl(span.href)?.hostname.toLowerCase()
    if (host === undefined) continue
    const service = WORKSPACE_SERVICES.find((domain) => host.endsWith(`.${domain}`))
    const tenant = service
      ? host
          .slice(0, -service.length - 1)
          .split('.')
          .pop()
      : undefined
    if (tenant && !SITE_WORDS.has(tenant)) keys.add(organizationKey(tenant))
  }
  return keys
}

/**
 * The organization the page's absolute links name most (by distinct sites, then links), at
 * least three times, as a key (organizationKey): `wiki.acme-os.org` and `github.com/acme-os`
 * name "acmeos" whether or not the text spells it as one word.
 */
export function mostLinkedOrganizationKey(links: PageLinks): string | undefined {
  const { linked, sites } = links
  let best: { key: string; sites: number; links: number } | undefined
  for (const [key, count] of linked) {
    if (!namesPage(key, links)) continue
    const rank = { key, sites: sites.get(key)?.size ?? 0, links: count }
    if (!best || rank.sites > best.sites || (rank.sites === best.sites && count > best.links))
      best = rank
  }
  return best?.key
}

/** A link to a code host's account named by its own handle: a person's profile, most often. */
function profileLink(span: Span): boolean {
  const url = span.href === undefined ? undefined : absoluteUrl(span.href)
  if (!url || !CODE_HOSTS.has(url.hostname.toLowerCase().replace(/^www\./u, ''))) return false
  const segments = url.pathname.split('/').filter(Boolean)
  return (
    segments.length === 1 &&
    organizationKey(span.text.replace(/^@/u, '')) === organizationKey(segments[0])
  )
}

/**
 * Whether the links naming `key` can say whose page this is: at least MIN_LINKS of them, and
 * not mostly named for other technologies ("[EC2](https://aws.amazon.com/ec2/)", "[S3](…)": a
 * site most of whose links are named for its products is their maker's, which a stack page
 * links tool by tool).
 */
function namesPage(key: string, { linked, products }: Pick<PageLinks, 'linked' | 'products'>) {
  const links = linked.get(key) ?? 0
  return links >= MIN_LINKS && (products.get(key) ?? 0) * 2 < links
}

/**
 * Whether a link leads to the guide's own organization: a relative link (a page of the same
 * handbook) or an address the organization's name is part of (docs.acme.com, github.com/acme).
 */
export function linksToOrganization(href: string, organization: string | undefined): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/iu.test(href)) return !href.startsWith('#') && href.trim() !== ''
  if (organization === undefined) return false
  const key = organizationKey(organization)
  return organizationsIn(href).some((found) => found.key === key)
}

/** An absolute link's address; undefined for a relative link or one no URL parser reads. */
export function absoluteUrl(href: string): URL | undefined {
  try {
    return new URL(href)
  } catch {
    return undefined
  }
}

function organizationsIn(href: string): { key: string; site: string }[] {
  const url = absoluteUrl(href)
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return []
  const host = url.hostname.toLowerCase().replace(/^www\./u, '')
  if (CODE_HOSTS.has(host)) {
    // `gitlab.com/groups/gitlab-org/…`: the group's page names the owner after "groups".
    const segments = url.pathname.split('/').filter(Boolean)
    const owner = ['groups', 'orgs'].includes(segments[0]?.toLowerCase() ?? '')
      ? segments[1]
      : segments[0]
    if (!owner) return []
    const site = `${host}/${owner.toLowerCase()}`
    // "gitlab-org", "gitlab-com", "acme-inc", "kyma-project": an organization's accounts named after it.
    const named = /^(.+?)[-_](?:org|com|inc|hq|oss|labs?|project)$/iu.exec(owner)?.[1]
    return [owner, ...(named ? [named] : [])].map((name) => ({ key: organizationKey(name), site }))
  }
  const on = (domain: string): boolean => host === domain || host.endsWith(`.${domain}`)
  if (SERVICES.some(on)) return []
  const service = TENANT_SERVICES.find(on)
  const labels = service
    ? host.slice(0, -service.length).split('.').filter(Boolean).slice(0, 1)
    : host.split('.').slice(0, -1)
  const keys = new Set(
    labels
      .filter((label, i) => !SITE_WORDS.has(label) && !jurisdiction(labels, i))
      .map(organizationKey)
  )
  return [...keys].map((key) => ({ key, site: host }))
}

/**
 * "References", "Further reading", "Referenced resources", "See also": a section of the works a
 * page cites, whose links lead to other organizations' pages.
 */
const REFERENCES =
  /^(?:(?:referenced|external|further|other|related|useful|additional)\s+)?(?:references|resources|reading|links|sources|bibliography|prior art|inspiration|see also)$/iu

/**
 * The page without its sections of references (REFERENCES), heading and all, up to the next
 * heading of their level or above: a page cites other projects there, it does not name its own.
 */
function withoutReferences(blocks: Block[]): Block[] {
  const kept: Block[] = []
  let skipping: number | undefined
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (skipping !== undefined && block.depth > skipping) continue
      skipping = undefined
      const text = block.inline.spans
        .map((span) => span.text)
        .join('')
        .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim()
      if (REFERENCES.test(text)) {
        skipping = block.depth
        continue
      }
    } else if (skipping !== undefined) continue
    kept.push(block)
  }
  return kept
}

/**
 * Whether a host's label names a government's place, not an organization: "gov" itself and a
 * short code beside it, a province's or a state's (`mines.gov.bc.ca`, `health.nsw.gov.au`). The
 * labels before them name the government's bodies and sites (`mines`, `health`).
 */
function jurisdiction(labels: string[], i: number): boolean {
  const isGov = (label: string | undefined): boolean =>
    label !== undefined && /^(?:gov|govt|gouv|gob|gc)$/u.test(label)
  if (isGov(labels[i])) return true
  return labels[i].length <= 3 && (isGov(labels[i - 1]) || isGov(labels[i + 1]))
}

/**
 * Every word of the document's headings, paragraphs, lists and tables, as one text: a line each
 * (a heading, a paragraph, a list item, a table row), so that a sentence's pattern never runs
 * from a title into the paragraph under it ("Acme", then "Acme is a logistics company").
 */
export function documentText(blocks: Block[]): string {
  return linesOf(blocks)
    .map((line) => line.map((span) => span.text).join(' '))
    .join('\n')
}

/** Every span of the document's text, once (a nested item is also its parent's detail). */
function spansOf(blocks: Block[]): Span[] {
  return linesOf(blocks).flat()
}

/**
 * The document's spans by line: a heading, a paragraph, a list item (with its details), a table
 * row; each span once (a nested item is also its parent's detail).
 */
function linesOf(blocks: Block[]): Span[][] {
  const seen = new Set<Span>()
  const lines: Span[][] = []
  let line: Span[] = []
  const fromInline = (inline: Inline): void => {
    for (const span of inline.spans) {
      if (seen.has(span)) continue
      seen.add(span)
      line.push(span)
    }
  }
  const endLine = (): void => {
    if (line.length > 0) lines.push(line)
    line = []
  }
  const fromItem = (item: ListItem): void => {
    fromInline(item.inline)
    item.details.forEach(fromInline)
    endLine()
    item.children.forEach(fromItem)
  }
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'paragraph') fromInline(block.inline)
    else if (block.kind === 'list') block.items.forEach(fromItem)
    else if (block.kind === 'table') {
      block.header.forEach(fromInline)
      endLine()
      for (const row of block.rows) {
        row.cells.forEach(fromInline)
        endLine()
      }
    }
    endLine()
  }
  return lines
}
