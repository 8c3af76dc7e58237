import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    alias: { electron: new URL('./tests/mocks/electron.ts', import.meta.url).pathname }
  }
})
