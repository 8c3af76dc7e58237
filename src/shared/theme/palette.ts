import type { TechnologyCategory } from '../catalog/schema'

/**
 * Colours shared by the screen (as CSS variables) and, later, the SVG writer, so an export
 * cannot drift from what is on screen.
 */
export type ThemeName = 'light' | 'dark'

export const THEMES = {
  light: {
    background: '#f6f7f9',
    surface: '#ffffff',
    text: '#1b1f24',
    muted: '#5b6470',
    border: '#d5dae1',
    edge: '#a9b1bc',
    accent: '#5b4de0',
    /** Text on an accent-filled control. */
    onAccent: '#ffffff',
    company: '#5b4de0',
    division: '#0f7b8a',
    team: '#ffffff',
    project: '#fbfbfd',
    focus: '#1a73e8',
    /** Open roles: badges, the hiring filter (4.5:1 with white, and as text on cards). */
    hiring: '#116329',
    onHiring: '#ffffff',
    /** Relations between teams: dashed curves, never the tree's grey. */
    relation: '#b42a6f'
  },
  dark: {
    background: '#12151a',
    surface: '#1b2027',
    text: '#e8ebef',
    muted: '#9aa4b1',
    border: '#343c47',
    edge: '#56606d',
    accent: '#9b91ff',
    onAccent: '#111111',
    // White text needs 4.5:1 on the filled company and division cards in both themes.
    company: '#5b4de0',
    division: '#12808f',
    team: '#1e242c',
    project: '#181d23',
    focus: '#8ab4f8',
    hiring: '#3fb950',
    onHiring: '#0b0f14',
    relation: '#f07ab4'
  }
} as const satisfies Record<ThemeName, Record<string, string>>

/**
 * Category hues: chips read by kind of technology at a glance. Each passes WCAG AA (4.5:1) as
 * 11px text on its own 16% tint, on the theme's cards (checked by the axe scan in the e2e).
 */
export const CATEGORY_COLORS: Record<TechnologyCategory, { light: string; dark: string }> = {
  language: { light: '#1a5dc5', dark: '#6ea8fe' },
  framework: { light: '#7246c4', dark: '#b197fc' },
  frontend: { light: '#a83279', dark: '#f783ac' },
  infrastructure: { light: '#845900', dark: '#e3b341' },
  cloud: { light: '#ab390b', dark: '#ff9b5a' },
  observability: { light: '#177030', dark: '#56d364' },
  data: { light: '#0d6882', dark: '#4fd1e0' },
  security: { light: '#ba1f29', dark: '#ff7e75' },
  protocol: { light: '#57606a', dark: '#a8b3bf' },
  'ci-cd': { light: '#6e40c9', dark: '#b097fa' },
  tooling: { light: '#4d5b1e', dark: '#b5c45a' },
  platform: { light: '#0b5cad', dark: '#5faaff' }
}

/**
 * Colours of selected technologies, in selection order: Okabe & Ito's palette, designed to stay
 * distinguishable with the common forms of colour blindness. Its black is swapped for a grey
 * that shows on both themes.
 */
export const SELECTION_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#8C8C8C'
] as const

export function selectionColor(index: number): string {
  return SELECTION_COLORS[index % SELECTION_COLORS.length]
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function textColorOn(hex: string): '#111111' | '#ffffff' {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
  // Contrast with white is 1.05 / (L + 0.05); with black (L + 0.05) / 0.05. Pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#111111'
}
