import { z } from 'zod'
import { LAYOUT_KINDS } from './layout-kinds'

/**
 * How the chart is laid out, in the order the chart's layout button cycles through them:
 * - compact: company on top, one column per division, its teams (and their projects) listed
 *   below it as an indented outline. Fits a 16:10 screen: the default.
 * - horizontal / vertical: a classic tidy tree, left-to-right or top-down.
 * One list for the layout, the remembered settings, saved views, export options and the CLI.
 */
export const LayoutKind = z.enum(LAYOUT_KINDS)
export type LayoutKind = z.infer<typeof LayoutKind>
