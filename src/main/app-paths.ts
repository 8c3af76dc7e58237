import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where the built pieces sit relative to the main bundle (out/main/index.js). Main is an ES
 * module, so there is no __dirname: derive it from import.meta.url.
 */
const MAIN_DIR = dirname(fileURLToPath(import.meta.url))

/** The sandboxed preload: one CommonJS file, because a sandboxed preload cannot be ESM. */
export const PRELOAD_PATH = join(MAIN_DIR, '../preload/index.cjs')

/** The built renderer page, loaded from disk in production. */
export const RENDERER_INDEX = join(MAIN_DIR, '../renderer/index.html')

/**
 * The Vite dev server URL that `electron-vite dev` passes to main. Ignored in a packaged app:
 * an environment variable must never be able to point the app's window at another origin.
 */
export function rendererDevUrl(isPackaged: boolean): string | undefined {
  return isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined
}
