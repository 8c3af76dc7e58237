import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Render tests (tests/renderer/**/*.test.tsx) use React's automatic JSX runtime, as the app does.
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    alias: { electron: new URL('./tests/mocks/electron.ts', import.meta.url).pathname }
  }
})
