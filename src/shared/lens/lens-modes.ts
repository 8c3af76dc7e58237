/**
 * The lens's modes (lens.ts says what each means), a plain list apart from the LensMode schema so
 * the page's first chunk can offer them without loading zod.
 */
export const LENS_MODES = ['any', 'all'] as const
