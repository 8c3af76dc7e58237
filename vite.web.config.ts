import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { bundledCatalog } from './scripts/bundled-catalog-plugin'
import { preloadFonts } from './scripts/font-preload-plugin'
import { technologyLogos } from './scripts/technology-logos-plugin'

/**
 * The browser build: the same renderer with a browser implementation of the app API (the
 * bundled catalog, parsed in the page). It is how the chart is viewed where no Electron runtime
 * exists, and what the Chromium end-to-end tests drive.
 */
export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [
    react(),
    bundledCatalog(),
    technologyLogos(),
    preloadFonts(),
    {
      // One index.html for both builds: here its entry becomes the browser one.
      name: 'orgscope-web-entry',
      // 'pre': before Vite reads the page's scripts, or the app entry would be bundled.
      transformIndexHtml: {
        order: 'pre',
        handler: (html) => html.replace('./src/main.tsx', './src/web/main.tsx')
      }
    }
  ],
  // The workers (the export's, src/renderer/src/web/export-worker.ts, and the import preview's,
  // src/renderer/src/import/import-worker.ts) are ES modules, like the page.
  worker: { format: 'es', plugins: () => [technologyLogos()] },
  build: {
    // Terser: 3.5% less to download than esbuild's minifier (the first chart's chunk, gzipped).
    minify: 'terser',
    outDir: resolve('out/web'),
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
  },
  server: { fs: { allow: [resolve('.')] } }
})
