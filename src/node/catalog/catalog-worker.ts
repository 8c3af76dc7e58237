/**
 * The catalog loader's own thread (see catalog-loader.ts): reads, parses, validates and
 * normalizes the catalogs main names, keeps each as UTF-8 JSON, and answers with a ticket; then
 * hands out copies of the parts main asks for (catalog-transfer.ts). Main never holds a
 * catalog, as objects or as a whole.
 */
import { parentPort } from 'node:worker_threads'
import type { Catalog } from '../../shared/catalog/catalog'
import type { Result } from '../../shared/catalog/diagnostic'
import { cutPart, partCount } from '../../shared/ipc/catalog-transfer'
import {
  KEPT_PER_KIND,
  type CatalogSource,
  type LoaderAnswer,
  type LoaderRequest
} from './catalog-loader'
import { loadCatalogAtRevision } from './load-at-revision'
import { loadCatalogFile } from './load-file'

const port = parentPort
if (!port) throw new Error('catalog-worker.ts runs as a worker thread (see catalog-loader.ts)')

/** The catalogs kept, by ticket, oldest first within each kind. */
const kept = new Map<number, { kind: CatalogSource['kind']; json: Uint8Array }>()
let lastTicket = 0

function keep(kind: CatalogSource['kind'], json: Uint8Array): number {
  const ticket = ++lastTicket
  kept.set(ticket, { kind, json })
  const ofKind = [...kept].filter(([, catalog]) => catalog.kind === kind)
  for (const [old] of ofKind.slice(0, -KEPT_PER_KIND)) kept.delete(old)
  return ticket
}

function load(source: CatalogSource): Promise<Result<Catalog>> {
  return source.kind === 'file'
    ? loadCatalogFile(source.path)
    : loadCatalogAtRevision(source.from, source.revision, source.path)
}

port.on('message', async (request: LoaderRequest) => {
  if (request.kind === 'part') {
    // A copy, moved: the kept JSON stays whole for the page's next fetch (a reload).
    const json = kept.get(request.ticket)?.json
    const bytes = json && cutPart(json, request.index)
    const answer: LoaderAnswer = { id: request.id, kind: 'part', bytes }
    port.postMessage(answer, bytes ? [bytes.buffer] : [])
    return
  }
  const result = await load(request.source)
  if (!result.ok) {
    port.postMessage({ id: request.id, kind: 'load', result } satisfies LoaderAnswer)
    return
  }
  const json = new TextEncoder().encode(JSON.stringify(result.value))
  const ticket = { id: keep(request.source.kind, json), parts: partCount(json) }
  port.postMessage({
    id: request.id,
    kind: 'load',
    result: { ok: true, ticket, company: result.value.company.name }
  } satisfies LoaderAnswer)
})
