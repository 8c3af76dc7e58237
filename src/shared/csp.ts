import { sha256Base64 } from './sha256'

/**
 * The app's Content-Security-Policy, in one place. src/renderer/index.html carries it as a
 * <meta> (the only thing that covers file:// pages, which have no response headers); main adds
 * it as a response header as defence in depth. Tests keep both in step with this file.
 *
 * Only the app's own scripts run ('self', no 'unsafe-eval', no inline scripts); that includes
 * the page's Web Workers (the browser build's export, the import preview's), files of the build:
 * with no worker-src, script-src decides for them, and no blob: worker is needed. Inline styles
 * are allowed because React Flow positions nodes with style attributes. Fonts and images may be
 * data: URLs (embedded fonts, exported previews). Nothing may be posted or fetched elsewhere.
 *
 * Electronegativity's CSP check reports one LOW finding (allowed by `npm run security`): "'self'
 * in script-src can be problematic if you host JSONP, Angular or user uploaded files". 'self' here
 * is the app's own built folder (file://) or the dev server: it serves only our bundle, and
 * catalog text is never served as a script.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
]

/** For the <meta> in index.html: frame-ancestors is ignored there (and Chromium warns). */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ')

/** The response header main sends: the same policy, plus what only a header can say. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ')

/**
 * The standalone HTML export's policy: it makes no request of any kind (fonts and images only
 * as data: URLs), and runs exactly one script, its own viewer, named by the SHA-256 of its text.
 * A hash rather than 'unsafe-inline': were catalog text ever to slip a <script> into the page,
 * it would not run. Styles stay inline (one <style> built per theme, SVG attributes).
 */
export function exportedHtmlPolicy(viewerScript: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${sha256Base64(viewerScript)}'`,
    "style-src 'unsafe-inline'",
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ')
}
