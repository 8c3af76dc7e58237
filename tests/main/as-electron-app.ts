import { afterAll, beforeAll } from 'vitest'

/**
 * For the enclosing describe, main sees the command line `npm start` gives it: `electron .`
 * (process.defaultApp set, no catalog argument). A test may still set process.argv itself;
 * both are put back after the describe.
 */
export function asElectronApp(): void {
  const argv = process.argv
  beforeAll(() => {
    process.argv = ['/path/to/electron', '.']
    Object.defineProperty(process, 'defaultApp', { value: true, configurable: true })
  })
  afterAll(() => {
    process.argv = argv
    Reflect.deleteProperty(process, 'defaultApp')
  })
}
