import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'
import { modulePathFromSource } from './tests/vitest/module-path-from-source'
import { bundledCatalog } from './scripts/bundled-catalog-plugin'
import { technologyLogos } from './scripts/technology-logos-plugin'
import { filesSharingOneGraph } from './tests/vitest/shared-module-graph'

const root = fileURLToPath(new URL('.', import.meta.url))
const sharingOneGraph = filesSharingOneGraph(root)

export default defineConfig({
  // Worker scripts main imports with electron-vite's ?modulePath, run from source.
  // The browser build's bundled catalog, as that build gets it (tests/renderer/web).
  // The technology logos, one module each, as both renderer builds get them.
  plugins: [modulePathFromSource(root), bundledCatalog(), technologyLogos()],
  // Render tests (tests/renderer/**/*.test.tsx) use React's automatic JSX runtime, as the app does.
  esbuild: { jsx: 'automatic' },
  test: {
    environment: 'node',
    // Worker threads, not child processes: starting a thread costs less than a process
    // (measured: 8% less CPU for the whole suite, the same tests). A test that needs a process of its own (process.chdir, a signal) spawns one.
    pool: 'threads',
    // At least two test files at a time: vitest's default (one less than the cores) is ONE on
    // a 2-core machine. Measured there (the whole suite, 160 files, quiet machine): 128 s with
    // one, 78–83 s with two; the CPU-time guards (load-scaling, main's latency) compare loads
    // measured side by side or count main's own time, so they hold with two.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A timeout catches a test that hangs, not a slow one (speed is the bench's, `npm run
    // bench`). vitest's 5 s default failed a fresh-clone run on a machine other work was also
    // using: a PNG compared with resvg's (1.8 s alone) timed out at 5 s.
    testTimeout: 20_000,
    alias: { electron: new URL('./tests/mocks/electron.ts', import.meta.url).pathname },
    // Plain Node tests that swap no module share one module graph; the rest keep their own
    // (tests/vitest/shared-module-graph.ts says which and why).
    projects: [
      {
        extends: true,
        test: { name: 'shared-graph', include: sharingOneGraph, isolate: false }
      },
      {
        extends: true,
        test: {
          name: 'own-graph',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...sharingOneGraph]
        }
      }
    ]
  }
})
