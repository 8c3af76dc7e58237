import { z } from 'zod'
import { Catalog } from '../catalog/catalog'
import { CATALOG_EXTENSIONS } from '../catalog/catalog-extensions'
import { Diagnostic } from '../catalog/diagnostic'
import { MAX_CATALOG_BYTES } from '../catalog/size-limit'
import { ExportOptions, ExportView } from '../export/options'
import { ExportProgress } from '../export/progress'
import { SavedViewList } from '../persist/saved-views'
import { SettingsPatch } from '../persist/settings'
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  TRANSPORT_CHANNELS,
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

const Canceled = z.object({ ok: z.literal(false), canceled: z.literal(true) })

/** A catalog as the page gets it: loaded (with where from), or every problem found. */
export const CatalogResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), catalog: Catalog, source: CatalogSource }),
  Failure.extend({ source: CatalogSource.optional() })
])

export const OpenCatalogResult = z.union([CatalogResult, Canceled])

/**
 * A catalog as main sends it: a ticket for the catalog's JSON, which the preload fetches part by
 * part and hands the page as a CatalogResult (see catalog-transfer.ts for why).
 */
export const CatalogMessage = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    ticket: z.object({ id: z.number().int().nonnegative(), parts: z.number().int().positive() }),
    source: CatalogSource
  }),
  Failure.extend({ source: CatalogSource.optional() })
])

export const OpenCatalogMessage = z.union([CatalogMessage, Canceled])

/**
 * The path of a file dropped on the window, as the preload read it from the File (the page never
 * names a path). Main still checks it: absolute, a catalog extension, then the loader's own
 * checks (a regular file, size limit, UTF-8).
 */
export const DroppedPath = z
  .string()
  .min(1, 'the dropped item is not a file on disk')
  .max(4096)
  .refine((path) => !path.includes('\0'), 'the path contains a NUL character')
  .refine(
    (path) => CATALOG_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(`.${ext}`)),
    `OrgScope opens ${CATALOG_EXTENSIONS.map((ext) => `.${ext}`).join(', ')} files`
  )

/** A git revision as a person types it: HEAD~3, v1.0, a commit id, @{2026-01-01}. */
export const RevisionText = z
  .string()
  .trim()
  .min(1, 'name a revision, e.g. HEAD~1 or a tag')
  .max(200, 'a revision is at most 200 characters')
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), 'a revision has no control characters')

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

/**
 * Written (where), canceled (in the save dialog, or with Cancel while it was drawn: nothing is
 * written then), or failed (why, and how to fix it).
 */
export const ExportResult = z.union([
  z.object({ ok: z.literal(true), path: z.string() }),
  Canceled,
  Failure
])

/** The remembered settings the page may use, and why the stored file was not used, if so. */
export const LoadSettingsResult = z.union([
  z.object({ ok: z.literal(true), settings: SettingsPatch, warning: z.string().optional() }),
  Failure
])

/** Where saved views are kept: beside the catalog, in the app's data folder, or the browser. */
export const ViewsLocation = z.enum(['sidecar', 'app-data', 'browser'])

export const LoadViewsResult = z.union([
  z.object({
    ok: z.literal(true),
    views: SavedViewList,
    location: ViewsLocation,
    /** The file (or, in the browser, the storage key) the views come from. */
    path: z.string(),
    /** The stored views could not be used (and were set aside): why. */
    warning: z.string().optional()
  }),
  Failure
])

export const SaveViewsResult = z.union([
  z.object({
    ok: z.literal(true),
    location: ViewsLocation,
    path: z.string(),
    /** Saved, but not where expected (e.g. the catalog's folder is read-only): what happened. */
    notice: z.string().optional()
  }),
  Failure
])

/** Saved as a PDF (where), handed to the browser's print dialog, canceled, or failed. */
export const PrintResult = z.union([
  z.object({ ok: z.literal(true), path: z.string() }),
  z.object({ ok: z.literal(true), printed: z.literal(true) }),
  z.object({ ok: z.literal(false), canceled: z.literal(true) }),
  Failure
])

/** A file name only: main decides the folder (a save dialog), the page never names a path. */
const PlainFileName = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (name) => !/[\\/\0]/u.test(name) && name !== '.' && name !== '..',
    'must be a file name, not a path'
  )

/**
 * The import preview's Accept: the catalog as YAML, saved where the user chooses, and the
 * mapping (the roles chosen) beside it, so importing the source again repeats the choices.
 */
export const SaveImportRequest = z
  .object({
    /** The imported file's (or folder's) name, for the dialog's title. */
    source: PlainFileName,
    catalogName: PlainFileName.refine((name) => /\.ya?ml$/iu.test(name), 'must end in .yaml'),
    catalog: z.string().max(MAX_CATALOG_BYTES),
    mappingName: PlainFileName.refine(
      (name) => name.endsWith('.import.json'),
      'must end in .import.json'
    ),
    mapping: z.string().max(1024 * 1024)
  })
  .strict()

export const SaveImportResult = z.union([
  z.object({ ok: z.literal(true), path: z.string() }),
  Canceled,
  Failure
])

export const CONTRACT = {
  [INVOKE_CHANNELS.loadCatalog]: {
    request: z.undefined(),
    response: CatalogMessage
  },
  [INVOKE_CHANNELS.openCatalog]: {
    request: z.undefined(),
    response: OpenCatalogMessage
  },
  [INVOKE_CHANNELS.cancelOpen]: {
    request: z.undefined(),
    /** `canceled`: whether an open was being read (else its result is on its way). */
    response: z.object({ ok: z.literal(true), canceled: z.boolean() })
  },
  [INVOKE_CHANNELS.openDroppedFile]: {
    request: z.object({ path: DroppedPath }).strict(),
    response: OpenCatalogMessage
  },
  [INVOKE_CHANNELS.catalogAtRevision]: {
    request: z.object({ revision: RevisionText }).strict(),
    response: CatalogMessage
  },
  [TRANSPORT_CHANNELS.catalogPart]: {
    request: z
      .object({ id: z.number().int().nonnegative(), index: z.number().int().nonnegative() })
      .strict(),
    response: z.union([z.object({ ok: z.literal(true), bytes: z.instanceof(Uint8Array) }), Failure])
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
    response: z.union([z.object({ ok: z.literal(true) }), Canceled, Failure])
  },
  [INVOKE_CHANNELS.cancelExport]: {
    request: z.undefined(),
    /** `canceled`: whether an export was running to cancel. */
    response: z.object({ ok: z.literal(true), canceled: z.boolean() })
  },
  [INVOKE_CHANNELS.revealInFolder]: {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: z.union([z.object({ ok: z.literal(true) }), Failure])
  },
  [INVOKE_CHANNELS.loadSettings]: {
    request: z.undefined(),
    response: LoadSettingsResult
  },
  [INVOKE_CHANNELS.saveSettings]: {
    request: SettingsPatch,
    response: z.union([z.object({ ok: z.literal(true) }), Failure])
  },
  [INVOKE_CHANNELS.loadViews]: {
    request: z.undefined(),
    response: LoadViewsResult
  },
  [INVOKE_CHANNELS.saveViews]: {
    request: z
      .object({
        /**
         * The catalog the views were made for, as loadCatalog named it (source.path): if another
         * catalog has replaced it meanwhile, main refuses rather than write them beside it.
         */
        catalog: z.string().min(1).max(4096),
        views: SavedViewList
      })
      .strict(),
    response: SaveViewsResult
  },
  [INVOKE_CHANNELS.printToPdf]: {
    /** The selected technologies name the suggested file, as an export's do. */
    request: z
      .object({
        technologies: z.array(z.string().max(200)).max(200).optional(),
        /** The page picks the orientation that prints its chart largest; landscape by default. */
        landscape: z.boolean().optional()
      })
      .strict(),
    response: PrintResult
  },
  [INVOKE_CHANNELS.saveImport]: {
    request: SaveImportRequest,
    response: SaveImportResult
  }
} satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>

/** Files the user chose in File → Import…'s dialog, read by main: names and bytes. */
export const ImportFiles = z
  .object({
    files: z
      .array(z.object({ name: PlainFileName, bytes: z.instanceof(Uint8Array) }).strict())
      .min(1)
      .max(10_000)
  })
  .strict()

/** A catalog file being opened: what the page says while it is read. */
export const CatalogOpening = z
  .object({ name: PlainFileName, bytes: z.number().int().nonnegative() })
  .strict()

export const EVENTS = {
  [EVENT_CHANNELS.onCatalogChanged]: CatalogMessage,
  [EVENT_CHANNELS.onCatalogOpening]: CatalogOpening,
  [EVENT_CHANNELS.onExportRequested]: z.undefined(),
  [EVENT_CHANNELS.onExportProgress]: ExportProgress,
  [EVENT_CHANNELS.onImportRequested]: ImportFiles,
  [EVENT_CHANNELS.onPrintRequested]: z.undefined(),
  [EVENT_CHANNELS.onResetViewRequested]: z.undefined()
} satisfies Record<EventChannel, z.ZodType>

export type Contract = typeof CONTRACT
export type Request<C extends InvokeChannel> = z.input<Contract[C]['request']>
export type Response<C extends InvokeChannel> = z.output<Contract[C]['response']>
export type CatalogResult = z.output<typeof CatalogResult>
export type OpenCatalogResult = z.output<typeof OpenCatalogResult>
export type CatalogMessage = z.output<typeof CatalogMessage>
export type OpenCatalogMessage = z.output<typeof OpenCatalogMessage>
export type CatalogSource = z.output<typeof CatalogSource>
export type ExportRequest = z.input<typeof ExportRequest>
export type ExportResult = z.output<typeof ExportResult>
export type LoadSettingsResult = z.output<typeof LoadSettingsResult>
export type LoadViewsResult = z.output<typeof LoadViewsResult>
export type SaveViewsResult = z.output<typeof SaveViewsResult>
export type PrintResult = z.output<typeof PrintResult>
export type SaveImportRequest = z.input<typeof SaveImportRequest>
export type ImportFiles = z.output<typeof ImportFiles>
export type CatalogOpening = z.output<typeof CatalogOpening>
export type SaveImportResult = z.output<typeof SaveImportResult>

type InvokeFn<C extends InvokeChannel> = [Request<C>] extends [undefined]
  ? () => Promise<Response<C>>
  : (request: Request<C>) => Promise<Response<C>>

/**
 * A file the user dropped on the window: a DOM `File`, typed by what we use of it (src/shared has
 * no DOM types).
 */
export interface DroppedFile {
  readonly name: string
  readonly size: number
  text(): Promise<string>
}

/**
 * Operations the preload shapes rather than passes on: the argument it turns into the request,
 * or the catalog it fetches for the answer.
 */
type PreloadShaped = 'openDroppedFile' | 'loadCatalog' | 'openCatalog' | 'catalogAtRevision'

/**
 * What the renderer may ask of the app: one named function per operation, derived from the
 * contract. The preload implements it over IPC; the web build implements it in the browser;
 * tests implement it with fakes.
 */
export type OrgscopeApi = {
  [M in Exclude<InvokeMethod, PreloadShaped>]: InvokeFn<(typeof INVOKE_CHANNELS)[M]>
} & {
  /** The catalog on screen (in the app, main's answer is a ticket; the preload fetches it). */
  loadCatalog(): Promise<CatalogResult>
  openCatalog(): Promise<OpenCatalogResult>
  /**
   * Opens a dropped file. The page hands over the File; in the app the preload asks Electron for
   * its path (webUtils.getPathForFile), so a script in the page can never make main read a path
   * it chose: a File it constructs itself has no path.
   */
  openDroppedFile(file: DroppedFile): Promise<OpenCatalogResult>
  /**
   * The catalog on screen as a git revision holds it (for a comparison; it does not replace
   * the catalog on screen). The browser build cannot read a repository and says so.
   */
  catalogAtRevision(request: { revision: string }): Promise<CatalogResult>
} & {
  [M in Exclude<EventMethod, 'onCatalogChanged'>]: (
    listener: (payload: z.output<(typeof EVENTS)[(typeof EVENT_CHANNELS)[M]]>) => void
  ) => () => void
} & {
  /** Each catalog main loads without being asked (an edit, File → Open…, a second launch). */
  onCatalogChanged(listener: (payload: CatalogResult) => void): () => void
}
