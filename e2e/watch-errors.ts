import type { Page } from '@playwright/test'

/**
 * Collects a page's console errors and uncaught exceptions (and, with `failedResponses`, every
 * response of status 400 or more) from now on; a spec asserts the list is empty.
 */
export function watchErrors(page: Page, options: { failedResponses?: boolean } = {}): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  if (options.failedResponses)
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`)
    })
  return errors
}
