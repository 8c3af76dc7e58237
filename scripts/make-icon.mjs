// Renders the app icon for packaging: build/icon.svg → build/icon.png (1024×1024), the file
// electron-builder looks for in its build resources and turns into each OS's icon format
// (AppImage/deb PNGs, macOS icns, Windows ico). Generated, not committed: `npm run dist` runs it.
// Usage: node scripts/make-icon.mjs [out.png]
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'

const SIZE = 1024
const svg = readFileSync(fileURLToPath(new URL('../build/icon.svg', import.meta.url)), 'utf8')
const out = process.argv[2] ?? fileURLToPath(new URL('../build/icon.png', import.meta.url))
const png = new Resvg(svg, { fitTo: { mode: 'width', value: SIZE } }).render().asPng()
writeFileSync(out, png)
console.log(`wrote ${out} (${SIZE}×${SIZE}, ${png.length} bytes)`)
