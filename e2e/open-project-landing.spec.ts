import { test } from '@playwright/test'
import { serveFolder, type ServedFolder } from './serve-folder'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildTree, copyTree, patchNextConfig } from '../scripts/bench-ui/build-tree'
import {
  chooseFolder,
  expect,
  expected,
  nav,
  twoFilesProject,
  watchRequests,
} from './open-project-helpers'

/**
 * A new user's first visit: the site as deployed without any data (a copy of this tree without
 * data/ and mlruns/, built there: build-data finds nothing, then next build; out/ stays as the
 * other specs use it), served by a plain static server. The landing state invites to open a
 * project; opening a folder of only two predictions files shows it in every view, and no
 * request carries its data.
 */
const PORT = Number(process.env.E2E_NODATA_PORT ?? 3103)
const ORIGIN = `http://127.0.0.1:${PORT}`
const work = mkdtempSync(join(tmpdir(), 'open-project-landing-'))
let server: ServedFolder | undefined

test.describe.configure({ mode: 'serial', timeout: 120_000 })

test.beforeAll(async () => {
  test.setTimeout(900_000)
  if (!existsSync('public/project-worker.js'))
    throw new Error('public/project-worker.js is missing: run npm run build first')
  const tree = join(work, 'tree')
  copyTree(process.cwd(), tree)
  for (const data of ['data', 'mlruns', 'mlflow.db'])
    rmSync(join(tree, data), { recursive: true, force: true })
  patchNextConfig(tree, process.cwd())
  const lines: string[] = []
  const env: Record<string, string> = { MONITOR_PROJECT: '', MLFLOW_TRACKING_URI: '' }
  const build = await buildTree(tree, env, (line) => lines.push(line))
  if (build.buildData.exitCode !== 0 || build.nextBuild?.exitCode !== 0)
    throw new Error(`the no-data build failed:\n${lines.slice(-30).join('\n')}`)
  // built without data: no predictions, no runs
  const snapshot = JSON.parse(readFileSync(join(tree, 'out/data/snapshot.json'), 'utf8')) as {
    datasets: Record<string, unknown>
  }
  expect(snapshot.datasets.dev ?? null).toBeNull()
  expect(snapshot.datasets.prod ?? null).toBeNull()
  server = await serveFolder(join(tree, 'out'), PORT)
})

test.afterAll(() => {
  server?.stop()
  rmSync(work, { recursive: true, force: true })
})

test('the site built without data: the landing state opens a folder of two predictions files', async ({
  page,
}) => {
  const root = twoFilesProject(work)
  const want = await expected(work, root)
  await page.goto(`${ORIGIN}/`)
  const landing = page.getByRole('status').filter({ hasText: 'This site was built without data.' })
  await expect(landing).toBeVisible()
  await expect(page.getByTestId('local-project-banner')).toHaveCount(0)
  const bad = await watchRequests(page, ORIGIN)

  await landing.getByRole('button', { name: 'Open a project' }).click()
  await chooseFolder(page, root)
  await expect(page).toHaveURL(/[?&]source=local/)
  await expect(landing).toHaveCount(0)
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toHaveText(
    want.snapshot.datasets.prod!.rows.toLocaleString('en-US'),
  )
  await expect(page.getByTestId('counts-dev').getByTestId('rows')).toHaveText(
    want.snapshot.datasets.dev!.rows.toLocaleString('en-US'),
  )
  for (const view of [/^Court map$/, /^Performance$/, /^Drift$/, /^Timeline$/, /^What if\?$/]) {
    await nav(page, view)
    await expect(page.getByTestId('local-project-banner')).toBeVisible()
    await expect(page.getByText(/not built for the opened project/)).toHaveCount(0)
  }
  await nav(page, /^Runs$/)
  await expect(page.getByRole('main')).toContainText(want.runs.snapshot.unavailable!.slice(0, 40))
  expect(bad).toEqual([])
})
