import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { serveFolder, type ServedFolder } from './serve-folder'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * GitHub Pages serves a project site under `/<repository>/`. This builds the site with
 * BASE_PATH=/kobe-monitor into out-subpath/ (out/ stays as the other specs use it), serves it
 * under that sub-path only, and checks that every view finds its pages, scripts, data files and
 * PNG export there: nothing is requested from the host's root.
 */
const BASE = '/kobe-monitor'
const PORT = Number(process.env.E2E_SUBPATH_PORT ?? 3101)
const ORIGIN = `http://127.0.0.1:${PORT}`
const VIEWS = [
  { path: '/', title: 'Overview', ready: 'health-verdict' },
  { path: '/court/', title: 'Court map', ready: 'png' },
  { path: '/performance/', title: 'Performance', ready: 'png' },
  { path: '/drift/', title: 'Drift', ready: 'png' },
  { path: '/timeline/', title: 'Timeline', ready: 'png' },
  { path: '/runs/', title: 'Runs', ready: 'Treinamento' },
  { path: '/what-if/', title: 'What if?', ready: 'png' },
]

let server: ServedFolder | undefined
let root = ''

test.describe.configure({ mode: 'serial', timeout: 120_000 })

test.beforeAll(async () => {
  test.setTimeout(600_000)
  const build = spawnSync('npx', ['next', 'build'], {
    env: { ...process.env, BASE_PATH: BASE, SITE_OUT_DIR: 'out-subpath' },
    encoding: 'utf8',
  })
  if (build.status !== 0) throw new Error(`next build with BASE_PATH failed:\n${build.stderr}`)
  // what npm's postbuild does after `next build`: the stylesheet inline
  const rewrite = spawnSync('npx', ['tsx', 'scripts/first-paint-html.ts', 'out-subpath'], {
    encoding: 'utf8',
  })
  if (rewrite.status !== 0) throw new Error(`first-paint-html.ts failed:\n${rewrite.stderr}`)
  // the host serves a folder whose only entry is the sub-path
  root = mkdtempSync(join(tmpdir(), 'pages-'))
  cpSync('out-subpath', join(root, BASE.slice(1)), { recursive: true })
  server = await serveFolder(root, PORT, `${BASE}/`)
})

test.afterAll(() => {
  server?.stop()
  if (root) rmSync(root, { recursive: true, force: true })
})

for (const view of VIEWS) {
  test(`${view.path} works under ${BASE}/ with its data and PNG export`, async ({ page }) => {
    const outside: string[] = []
    const failed: string[] = []
    page.on('response', (response) => {
      const url = new URL(response.url())
      if (url.protocol !== 'http:' || url.origin !== ORIGIN) return // blob: downloads are local
      if (!url.pathname.startsWith(`${BASE}/`)) outside.push(url.pathname)
      if (response.status() >= 400) failed.push(`${response.status()} ${url.pathname}`)
    })
    await page.goto(`${ORIGIN}${BASE}${view.path}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.title)

    if (view.ready === 'health-verdict') {
      await expect(page.getByTestId('health-verdict')).toContainText('Critical')
    } else if (view.ready === 'png') {
      const button = page.getByRole('button', { name: 'Download PNG' }).first()
      await expect(button).toBeVisible({ timeout: 30_000 })
      const download = page.waitForEvent('download')
      await button.click()
      const file = await (await download).path()
      const bytes = readFileSync(file)
      expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
    } else {
      await expect(page.getByTestId('runs-source')).toContainText('mlruns')
      await expect(page.getByText(view.ready, { exact: true }).first()).toBeVisible()
    }
    await page.waitForLoadState('networkidle')
    // the in-page links stay under the sub-path too
    const hrefs = await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    expect(hrefs.length).toBe(VIEWS.length)
    for (const href of hrefs) expect(href.startsWith(`${BASE}/`)).toBe(true)
    expect(outside).toEqual([])
    expect(failed).toEqual([])
  })
}
