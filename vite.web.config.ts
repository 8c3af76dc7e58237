import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * The browser build: the same renderer with a browser implementation of the app API (the
 * bundled catalog, parsed in the page). It is how the chart is viewed where no Electron runtime
 * exists, and what the Chromium end-to-end tests drive.
 */
export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve('out/web'),
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve('src/renderer/web.html') } }
  },
  server: { fs: { allow: [resolve('.')] } }
})
