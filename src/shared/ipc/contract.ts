import { z } from 'zod'
import { Catalog } from '../catalog/catalog'
import { Diagnostic } from '../catalog/diagnostic'
import { ExportOptions, ExportView } from '../export/options'
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type EventChannel,
  type EventMethod,
  type InvokeChannel,
  type InvokeMethod
} from './channels'

/**
 * The typed bridge between main and renderer: for every channel, the schema of what may cross.
 * Main parses every request with these before acting; the preload's API type is derived from
 * them, so the three processes cannot disagree on a message shape.
 */

const Failure = z.object({ ok: z.literal(false), errors: z.array(Diagnostic) })

/** Where the catalog on screen came from. */
export const CatalogSource = z.object({
  /** Absolute path in the app; a display name in the browser build. */
  path: z.string(),
  name: z.string(),
  bundled: z.boolean()
})

export const CatalogResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), catalog: Catalog, source: CatalogSource }),
  Failure.extend({ source: CatalogSource.optional() })
])

export const OpenCatalogResult = z.union([
  CatalogResult,
  z.object({ ok: z.literal(false), canceled: z.literal(true) })
])

export const ExternalUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      return ['http:', 'https:', 'mailto:'].includes(new URL(value).protocol)
    } catch {
      return false
    }
  }, 'only http, https and mailto links are opened')

/**
 * An export: what to draw (the view state) and how (format, scale, theme, …). Main draws it from
 * its own copy of the catalog, never from chart data the page sends.
 */
export const ExportRequest = z.object({ options: ExportOptions, view: ExportView }).strict()

/** Written (where), canceled in the save dialog, or failed (why, and how to fix it). */
export const ExportResult = z.union([
  z.object({ ok: z.literal(true), path: z.string() }),
  z.object({ ok: z.literal(false), canceled: z.literal(true) }),
  Failure
])

export const CONTRACT = {
  [INVOKE_CHANNELS.loadCatalog]: {
    request: z.undefined(),
    response: CatalogResult
  },
  [INVOKE_CHANNELS.openCatalog]: {
    request: z.undefined(),
    response: OpenCatalogResult
  },
  [INVOKE_CHANNELS.openExternal]: {
    request: z.object({ url: ExternalUrl }).strict(),
    response: z.union([z.object({ ok: z.literal(true) }), Failure])
  },
  [INVOKE_CHANNELS.exportChart]: {
    request: ExportRequest,
    response: ExportResult
  },
  [INVOKE_CHANNELS.copyPng]: {
    request: ExportRequest,
    response: z.union([z.object({ ok: z.literal(true) }), Failure])
  },
  [INVOKE_CHANNELS.revealInFolder]: {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: z.union([z.object({ ok: z.literal(true) }), Failure])
  }
} satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>

export const EVENTS = {
  [EVENT_CHANNELS.onCatalogChanged]: CatalogResult,
  [EVENT_CHANNELS.onExportRequested]: z.undefined()
} satisfies Record<EventChannel, z.ZodType>

export type Contract = typeof CONTRACT
export type Request<C extends InvokeChannel> = z.input<Contract[C]['request']>
export type Response<C extends InvokeChannel> = z.output<Contract[C]['response']>
export type CatalogResult = z.output<typeof CatalogResult>
export type OpenCatalogResult = z.output<typeof OpenCatalogResult>
export type CatalogSource = z.output<typeof CatalogSource>
export type ExportRequest = z.input<typeof ExportRequest>
export type ExportResult = z.output<typeof ExportResult>

type InvokeFn<C extends InvokeChannel> = [Request<C>] extends [undefined]
  ? () => Promise<Response<C>>
  : (request: Request<C>) => Promise<Response<C>>

/**
 * What the renderer may ask of the app: one named function per operation, derived from the
 * contract. The preload implements it over IPC; the web build implements it in the browser;
 * tests implement it with fakes.
 */
export type OrgscopeApi = {
  [M in InvokeMethod]: InvokeFn<(typeof INVOKE_CHANNELS)[M]>
} & {
  [M in EventMethod]: (
    listener: (payload: z.output<(typeof EVENTS)[(typeof EVENT_CHANNELS)[M]]>) => void
  ) => () => void
}
