import type { Catalog } from '../catalog/catalog'
import { exportedHtmlPolicy } from '../csp'
import { THEMES, type ThemeName } from '../theme/palette'
import { walkLayoutDetails, type NodeDetails } from './node-details'
import { VIEWER_SCRIPT } from './html-viewer-script'
import type { SvgExport } from './svg'
import { escapeXml } from './xml'

/** Computed once: the viewer script is the same in every export. */
const POLICY = exportedHtmlPolicy(VIEWER_SCRIPT)

/**
 * A single offline HTML file: the export SVG inline (fonts embedded in it), the details of every
 * drawn node as JSON, and a small script for pan/zoom and a read-only details panel. Its CSP
 * forbids every network request (default-src 'none'; fonts and images only as data: URLs), so
 * opening it never contacts anything, and runs only the viewer script, allowed by its hash;
 * catalog links are plain <a> a reader may follow.
 */
export function writeHtml(
  catalog: Catalog,
  drawing: SvgExport,
  options: { title?: string; theme: ThemeName }
): string {
  const colors = THEMES[options.theme]
  const title = options.title || `${catalog.company.name} organization chart`
  const nodes: Record<string, NodeDetails> = {}
  for (const details of walkLayoutDetails(catalog, drawing.layout, drawing.marks))
    nodes[details.id] = details
  const data = { viewBox: [0, 0, drawing.width, drawing.height], nodes }
  const svg = drawing.svg.replace(/^<\?xml[^>]*>\s*/, '')

  return `<!doctype html>
<html lang="en" data-theme="${options.theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="generator" content="OrgScope">
<title>${escapeXml(title)}</title>
<style>
html,body{margin:0;height:100%;font-family:Inter,'Helvetica Neue',Arial,sans-serif;font-size:14px;color:${colors.text};background:${colors.background}}
#chart{position:fixed;inset:0;overflow:hidden}
#chart svg{width:100%;height:100%;display:block;cursor:grab;touch-action:none}
#chart svg:active{cursor:grabbing}
[data-node-id]{cursor:pointer}
[data-node-id]:focus{outline:none}
[data-node-id]:focus-visible>rect:first-child{stroke:${colors.focus};stroke-width:3}
.controls{position:fixed;left:12px;bottom:12px;display:flex;gap:4px}
.controls button,.close{font:inherit;color:inherit;background:${colors.surface};border:1px solid ${colors.border};border-radius:6px;min-width:32px;height:32px;cursor:pointer}
#details{position:fixed;top:0;right:0;bottom:0;width:min(380px,90vw);overflow:auto;padding:14px 18px 24px;box-sizing:border-box;background:${colors.surface};border-left:1px solid ${colors.border};line-height:1.5}
#details:focus{outline:none}
#details h2{margin:4px 0 8px;font-size:20px;line-height:1.25}
#details h3{margin:16px 0 6px;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:${colors.muted}}
#details ul{margin:0;padding-left:18px}
#details .chips{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px}
#details .chips li{padding:0 8px;border:1px solid ${colors.border};border-radius:10px;font-size:12px}
#details .projects li{margin:6px 0}
#details .projects p{margin:2px 0 0}
#details a{color:${colors.accent}}
.kind{margin:0;text-transform:uppercase;font-size:11px;letter-spacing:.06em;font-weight:600;color:${colors.muted}}
.muted{color:${colors.muted}}
.close{float:right;border:0;font-size:22px}
</style>
</head>
<body>
<main id="chart" aria-label="${escapeXml(title)}">
${svg}</main>
<div class="controls" role="group" aria-label="Zoom">
<button type="button" id="zoom-in" aria-label="Zoom in">+</button>
<button type="button" id="zoom-out" aria-label="Zoom out">−</button>
<button type="button" id="zoom-fit" aria-label="Fit chart">Fit</button>
</div>
<aside id="details" tabindex="-1" aria-label="Details" hidden></aside>
<script type="application/json" id="orgscope-data">${jsonForScript(data)}</script>
<script>${VIEWER_SCRIPT}</script>
</body>
</html>
`
}

/**
 * JSON safe inside a <script> element: "<" is escaped so catalog text containing "</script>"
 * cannot end the element early; U+2028/9 are escaped for old parsers.
 */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
