/**
 * How one team relates to another (schema.ts's Relation). A plain list apart from the schema, so
 * the chart's relation legend in the page's first chunk can name them without loading zod.
 */
export const RELATION_KINDS = ['collaborates', 'depends-on', 'supports'] as const
