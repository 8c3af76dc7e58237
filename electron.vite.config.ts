import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { technologyLogos } from './scripts/technology-logos-plugin'

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('src/main/index.ts') } }
    }
  },
  preload: {
    build: {
      // A sandboxed renderer cannot load an ES-module preload: emit one CommonJS file that
      // requires nothing but `electron` (the channel names are bundled into it).
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      // electron-vite leaves the renderer unminified: 1.4 MB for Chromium to parse before the
      // first chart, against 0.6 MB minified (terser, as the browser build).
      minify: 'terser',
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
    },
    plugins: [react(), technologyLogos()],
    // The import preview's worker (src/renderer/src/import/import-worker.ts) is an ES module,
    // like the page, and loads the chips' logos from the same chunks.
    worker: { format: 'es', plugins: () => [technologyLogos()] }
  }
})
