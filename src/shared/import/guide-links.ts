import { Link } from '../catalog/schema'
import type { GuideContext } from './guide-context'
import { excerpt } from './import-notes'
import type { Span } from './markdown-blocks'

/**
 * Adds a span's link to `links`: http, https and mailto links only (the app opens nothing
 * else), relative ones resolved against --base-url; what is left out is reported.
 */
export function addLink(links: Link[], span: Span, where: string, context: GuideContext): void {
  const { notes } = context
  const href = (span.href ?? '').trim()
  const url = resolve(href, context)
  if (url === undefined) {
    notes.add(
      'skipped',
      span.at,
      `link "${excerpt(span.text.replace(/\s+/gu, ' ').trim() || href)}" in ${where} left out: "${excerpt(href)}" is relative; give the address the guide is published at (the import preview's "Links relative to" field, or --base-url) to resolve it`
    )
    return
  }
  const label = span.text.replace(/\s+/gu, ' ').trim() || url
  const link = Link.safeParse({ label, url })
  if (!link.success) {
    notes.add(
      'ambiguous',
      span.at,
      `link "${excerpt(label)}" in ${where} left out: "${excerpt(url)}" is not an http, https or mailto URL`
    )
  } else if (!links.some((existing) => existing.url === link.data.url)) {
    links.push(link.data)
  }
}

/**
 * A link's target as the catalog keeps it: relative ones resolved against --base-url, or
 * undefined when there is none.
 */
function resolve(url: string, { options }: GuideContext): string | undefined {
  if (url === '' || /^[a-z][a-z0-9+.-]*:/iu.test(url)) return url
  const base = options.baseUrl ?? options.mapping?.baseUrl
  if (base) {
    try {
      return new URL(url, base).href
    } catch {
      return url
    }
  }
  return undefined
}
