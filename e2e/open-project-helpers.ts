import { expect as baseExpect, type Page, type Request } from '@playwright/test'
import { cpSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { buildSite, type SiteBuild } from '../lib/site-data/build-site'

// What the "Open a project" specs share: the test projects, the numbers `npm run build` makes
// of them, the request watch and the opening itself.

// the page builds the project on a shared 2-core machine: more than the default 5 s per wait
export const expect = baseExpect.configure({ timeout: 20_000 })
export const FIXTURES = 'lib/predictions/fixtures'

/** A folder holding only two predictions files, under `work`. */
export function twoFilesProject(work: string, name = 'two-files'): string {
  const root = join(work, name)
  mkdirSync(root, { recursive: true })
  cpSync(join(FIXTURES, 'ours.parquet'), join(root, 'predictions_dev.parquet'))
  cpSync(join(FIXTURES, 'compact-types.parquet'), join(root, 'predictions_prod.parquet'))
  return root
}

/** What `npm run build` makes of the folder: the numbers the page must show. */
export const expected = (work: string, root: string): Promise<SiteBuild> =>
  buildSite({ MONITOR_PROJECT: root }, root, join(work, `${root.split('/').at(-1)}-out`))

/**
 * Every request from now on that is not a plain GET of the site's own static files, and every
 * request for the built data once the opened project is shown. Waits for the network to go idle
 * first: the prerendered HTML shows the built numbers before the view hydrates and fetches the
 * built data, which is the page's own load, not the opened project's. A view may still ask for a
 * built file it loads late (after paint, on a loaded machine past the idle network) while the
 * worker builds: that is the built site, not the project, so a built-data request counts only if
 * the project's banner was already on the page when it went out.
 */
export async function watchRequests(page: Page, origin: string): Promise<string[]> {
  await page.waitForLoadState('networkidle')
  const bad: string[] = []
  page.on('request', (request: Request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    if (url.origin !== origin) bad.push(`other host: ${request.url()}`)
    else if (request.method() !== 'GET' || request.postData())
      bad.push(`sent data: ${request.url()}`)
    else if (url.pathname.includes('/data/')) {
      void page
        .evaluate(() => document.querySelector('[data-testid="local-project-banner"]') !== null)
        // a page navigating away (a reload) cannot answer: its request is the new page's load
        .then(
          (shown) => shown && bad.push(`built data asked for: ${request.url()}`),
          () => undefined,
        )
    }
  })
  return bad
}

/** Chooses `root` in the header's "Open a project" and waits for the local banner. */
export async function openFolder(page: Page, root: string, timeout = 30_000) {
  await page.getByRole('banner').getByRole('button', { name: 'Open a project' }).click()
  await chooseFolder(page, root, timeout)
}

/** With the "Open your own project" dialog about to open: chooses `root`, waits for the banner. */
export async function chooseFolder(page: Page, root: string, timeout = 30_000) {
  const dialog = page.getByRole('dialog', { name: 'Open your own project' })
  await expect(dialog).toBeVisible()
  // the open dialog's own input: a site built without data has a second control on the page
  await dialog.getByTestId('open-project-folder').setInputFiles(root)
  await expect(page.getByTestId('local-project-banner')).toBeVisible({ timeout })
  await expect(page.getByTestId('local-project-banner')).toContainText(root.split('/').at(-1)!)
}

export const nav = (page: Page, name: RegExp) =>
  page.getByRole('navigation').getByRole('link', { name }).click()
