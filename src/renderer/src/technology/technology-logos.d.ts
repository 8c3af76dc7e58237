/** The technology dictionary's logos, one lazy chunk each (scripts/technology-logos-plugin.ts). */
declare module 'virtual:technology-logos' {
  /** A logo's SVG path data (24×24 view box), or undefined for an id without a logo. */
  export function loadLogo(id: string): Promise<string | undefined>
}
