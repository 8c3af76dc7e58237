/**
 * The layouts, in the order the chart's layout button cycles through them (layout-kind.ts says
 * what each is). A plain list apart from the LayoutKind schema, so the page's first chunk can
 * name them without loading zod.
 */
export const LAYOUT_KINDS = ['compact', 'horizontal', 'vertical'] as const
