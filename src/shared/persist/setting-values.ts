/*
 * The values settings take, as plain lists apart from the schemas in settings.ts (built from
 * them), so the page's first chunk can use them without loading zod.
 */

/** In the order the toolbar's theme button cycles through them. */
export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const
/** What the main area shows, in the toolbar's order. */
export const MAIN_VIEWS = ['graph', 'matrix', 'outline'] as const
