/**
 * The formats an export writes (options.ts's ExportFormat). A plain list apart from the schema,
 * so the page's first chunk can name what this build exports without loading zod.
 */
export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'html'] as const
