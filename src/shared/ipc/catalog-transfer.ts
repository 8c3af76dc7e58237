import type { Catalog } from '../catalog/catalog'
import type { Diagnostic } from '../catalog/diagnostic'

/**
 * How a loaded catalog reaches the page in the app. Main holds it as the normalized catalog's
 * UTF-8 JSON, which the loader's worker made (src/node/catalog/catalog-loader.ts), and never as
 * objects: structured cloning a 30 MB catalog's objects costs main about a second each way.
 * Main answers a load with a small ticket; the preload then asks for the JSON part by part and
 * parses it in the renderer. Each part is one IPC message that copies at most PART_BYTES on
 * main's thread (1 MiB: a millisecond or two), so main answers other requests in between,
 * however large the catalog (a 30 MB catalog's JSON is 35 to 110 MB).
 */
export const PART_BYTES = 1024 * 1024

/** What a load answers in place of the catalog: which one, and in how many parts. */
export interface CatalogTicket {
  id: number
  parts: number
}

export type PartResult = { ok: true; bytes: Uint8Array } | { ok: false; errors: Diagnostic[] }

/**
 * The JSON cut into parts of PART_BYTES, each on a buffer of its own (made once, by the loader's
 * worker): IPC serializes a view's whole underlying buffer, so a part must not be a view into
 * the catalog, and copying it out on main's thread at each request would cost main each time.
 */
export function splitIntoParts(json: Uint8Array): Uint8Array<ArrayBuffer>[] {
  const parts: Uint8Array<ArrayBuffer>[] = []
  for (let start = 0; start === 0 || start < json.byteLength; start += PART_BYTES) {
    parts.push(json.slice(start, start + PART_BYTES))
  }
  return parts
}

/**
 * The catalog a ticket stands for, fetched part by part with `fetchPart`, in order; the first
 * part that cannot be had ends it (a newer load replaced the catalog meanwhile).
 */
export async function receiveCatalog(
  ticket: CatalogTicket,
  fetchPart: (index: number) => Promise<PartResult>
): Promise<{ ok: true; catalog: Catalog } | { ok: false; errors: Diagnostic[] }> {
  const decoder = new TextDecoder()
  const text: string[] = []
  for (let index = 0; index < ticket.parts; index++) {
    const part = await fetchPart(index)
    if (!part.ok) return part
    // stream: a character cut between two parts is decoded whole.
    text.push(decoder.decode(part.bytes, { stream: index < ticket.parts - 1 }))
  }
  return { ok: true, catalog: JSON.parse(text.join('')) as Catalog }
}
