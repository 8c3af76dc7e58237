/**
 * The catalog loader's own thread (see catalog-loader.ts): reads, parses, validates and
 * normalizes the files main names, and answers with the catalog as UTF-8 JSON, cut into the
 * parts main hands the page (catalog-transfer.ts), their buffers transferred, not copied: main
 * never holds the catalog as objects, which for a 30 MB file would cost it a second of
 * structured cloning on each side.
 */
import { parentPort } from 'node:worker_threads'
import type { LoadRequest, LoadAnswer } from './catalog-loader'
import { splitIntoParts } from '../../shared/ipc/catalog-transfer'
import { loadCatalogFile } from './load-file'

const port = parentPort
if (!port) throw new Error('catalog-worker.ts runs as a worker thread (see catalog-loader.ts)')

port.on('message', async ({ id, path }: LoadRequest) => {
  const result = await loadCatalogFile(path)
  if (!result.ok) {
    port.postMessage({ id, result } satisfies LoadAnswer)
    return
  }
  const parts = splitIntoParts(new TextEncoder().encode(JSON.stringify(result.value)))
  const answer: LoadAnswer = { id, result: { ok: true, parts, company: result.value.company.name } }
  port.postMessage(
    answer,
    parts.map((part) => part.buffer)
  )
})
