import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['out/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules
  },
  {
    files: [
      'src/main/**',
      'src/node/**',
      'src/preload/**',
      'src/cli/**',
      'scripts/**',
      'tests/**',
      '*.config.*'
    ],
    languageOptions: { globals: globals.node }
  },
  {
    // src/shared runs in main, the renderer and the CLI: it must stay free of Node, Electron
    // and the DOM, so the same pipeline gives the same answer everywhere.
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'electron',
            'fs',
            'path',
            'react',
            'react-dom',
            '@xyflow/*',
            '**/node/**'
          ]
        }
      ]
    }
  },
  {
    // src/node is plain Node, shared by main and the CLI: no Electron, so the CLI runs anywhere.
    files: ['src/node/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['electron', '**/main/**', '**/cli/**'] }]
    }
  },
  {
    // The CLI is the pipeline without a window: shared and node only, never main's Electron code.
    files: ['src/cli/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['electron', '**/main/**'] }] }
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'electron', '**/main/**', '**/node/**'] }
      ]
    }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  }
)
