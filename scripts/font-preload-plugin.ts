import type { Plugin } from 'vite'

/** Inter's Latin faces, every weight the first chart draws with (400 to 700). */
export const FIRST_CHART_FONTS = /^assets\/inter-latin-[4-7]00-normal-[\w-]+\.woff2$/

/**
 * Preloads the fonts the first chart uses (`<link rel="preload" as="font">` in the page's head),
 * so the browser fetches them beside the page's script instead of discovering each one when
 * text in that weight is first laid out: the 500 and 600 weights were asked for only once the
 * chart and the lens had rendered, and their arrival laid the page out and painted it again
 * before the first chart was done.
 */
export function preloadFonts(fonts: RegExp = FIRST_CHART_FONTS): Plugin {
  return {
    name: 'orgscope-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) =>
        Object.keys(bundle ?? {})
          .filter((file) => fonts.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            // Fonts are fetched in CORS mode: a preload without crossorigin is not reused.
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
              href: `./${file}`
            },
            injectTo: 'head'
          }))
    }
  }
}
