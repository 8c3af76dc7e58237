import { expect, test, type Page } from '@playwright/test'

/** Console errors, uncaught exceptions and failed requests, collected for a whole test. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
  })
  return problems
}

/**
 * Call inside a `test.describe`: each of its tests fails if the page logs a console error,
 * throws, or has a request fail. Watching starts before the describe's later `beforeEach` hooks.
 */
export function failOnConsoleProblems(): void {
  let problems: string[] = []
  test.beforeEach(({ page }) => {
    problems = watchConsole(page)
  })
  test.afterEach(() => {
    expect(problems, 'console errors or failed requests').toEqual([])
  })
}
