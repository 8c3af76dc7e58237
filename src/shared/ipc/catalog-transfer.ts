import type { Catalog } from '../catalog/catalog'
import type { Diagnostic } from '../catalog/diagnostic'

/**
 * How a loaded catalog reaches the page in the app. The loader's worker keeps it as the
 * normalized catalog's UTF-8 JSON (src/node/catalog/catalog-loader.ts); main never holds it, as
 * objects (structured cloning a 30 MB catalog's objects costs about a second each way) or whole
 * (taking 100 MB of JSON in at once costs main a full garbage collection). Main answers a load
 * with a small ticket; the preload then asks for the JSON part by part, main fetches each part
 * from the worker, and the renderer parses. Each part is one IPC message that copies at most
 * PART_BYTES on main's thread (1 MiB: a millisecond or two), so main answers other requests in
 * between, however large the catalog (a 30 MB catalog's JSON is 35 to 110 MB).
 */
export const PART_BYTES = 1024 * 1024

/** What a load answers in place of the catalog: which one, and in how many parts. */
export interface CatalogTicket {
  id: number
  parts: number
}

export type PartResult = { ok: true; bytes: Uint8Array } | { ok: false; errors: Diagnostic[] }

/** How many parts of PART_BYTES the JSON makes (one at least: `{}` is a part too). */
export function partCount(json: Uint8Array): number {
  return Math.max(1, Math.ceil(json.byteLength / PART_BYTES))
}

/**
 * Part `index` of the JSON, copied onto a buffer of its own: IPC serializes a view's whole
 * underlying buffer, so a part must never be a view into the catalog. Undefined past the end.
 */
export function cutPart(json: Uint8Array, index: number): Uint8Array<ArrayBuffer> | undefined {
  return index >= 0 && index < partCount(json)
    ? json.slice(index * PART_BYTES, (index + 1) * PART_BYTES)
    : undefined
}

/**
 * Every part of the catalog a ticket stands for, fetched with `fetchPart`, in order; the first
 * part that cannot be had ends it (a newer load replaced the catalog meanwhile).
 */
export async function fetchParts(
  ticket: CatalogTicket,
  fetchPart: (index: number) => Promise<PartResult>
): Promise<{ ok: true; parts: Uint8Array[] } | { ok: false; errors: Diagnostic[] }> {
  const parts: Uint8Array[] = []
  for (let index = 0; index < ticket.parts; index++) {
    const part = await fetchPart(index)
    if (!part.ok) return part
    parts.push(part.bytes)
  }
  return { ok: true, parts }
}

/** The catalog the parts of its JSON make. */
export function catalogFromParts(parts: readonly Uint8Array[]): Catalog {
  const decoder = new TextDecoder()
  // stream: a character cut between two parts is decoded whole.
  const text = parts.map((part, index) =>
    decoder.decode(part, { stream: index < parts.length - 1 })
  )
  return JSON.parse(text.join('')) as Catalog
}

/** The catalog a ticket stands for, fetched part by part with `fetchPart` (see fetchParts). */
export async function receiveCatalog(
  ticket: CatalogTicket,
  fetchPart: (index: number) => Promise<PartResult>
): Promise<{ ok: true; catalog: Catalog } | { ok: false; errors: Diagnostic[] }> {
  const fetched = await fetchParts(ticket, fetchPart)
  return fetched.ok ? { ok: true, catalog: catalogFromParts(fetched.parts) } : fetched
}
