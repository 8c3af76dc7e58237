/**
 * The files a catalog can be opened from (Markdown: a team guide, imported on open). The open
 * dialog offers these; a dropped file must have one of them (the IPC contract's DroppedPath).
 * Apart from the contract, so the page's first chunk can name them without loading zod.
 */
export const CATALOG_EXTENSIONS = ['yaml', 'yml', 'json', 'md', 'mdx', 'markdown'] as const
