import { test } from '@playwright/test'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  expect,
  expected as expectedIn,
  FIXTURES,
  nav,
  openFolder,
  twoFilesProject as twoFilesIn,
  watchRequests,
} from './open-project-helpers'
import { writeManyRunsStore } from '../scripts/many-runs-store'
import {
  markChosen,
  openingLongTasks,
  postedToWorkers,
  watchLongTasks,
} from '../scripts/bench-ui/long-tasks'
import { pickerReturnsOpfsCopy } from '../scripts/bench-ui/opfs-folder'
import { fullPageShot } from './full-page-shot'

// A user opens their own project folder in the page: the site files are built in the page's
// worker from the user's files, every view shows that project, and no request carries its data.
const SHOTS = 'e2e/screenshots'
const built = JSON.parse(readFileSync('out/data/snapshot.json', 'utf8')) as {
  datasets: { prod: { rows: number } | null }
}

const work = mkdtempSync(join(tmpdir(), 'open-project-'))
test.afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A FileStore with runs and a registered model, and a pair of predictions files. */
function fileStoreProject(): string {
  const root = join(work, 'student-filestore')
  cpSync('lib/mlflow/fixtures/filestore/mlflow2x/mlruns', join(root, 'mlruns'), { recursive: true })
  cpSync(join(FIXTURES, 'sklearn-style.parquet'), join(root, 'predictions_dev.parquet'))
  cpSync(join(FIXTURES, 'pycaret3-default.parquet'), join(root, 'predictions_prod.parquet'))
  return root
}

const twoFilesProject = () => twoFilesIn(work)

/** An MLflow 3.x SQLite store (mlflow.db and its artifact folders) and two predictions files. */
function sqliteProject(): string {
  const root = join(work, 'student-sqlite')
  cpSync('lib/mlflow/fixtures/sqlite/mlflow-3x', root, { recursive: true })
  cpSync(join(FIXTURES, 'sklearn-style.parquet'), join(root, 'predictions_dev.parquet'))
  cpSync(join(FIXTURES, 'ours.parquet'), join(root, 'predictions_prod.parquet'))
  return root
}

const expected = (root: string) => expectedIn(work, root)

test('a FileStore project opened in the page: every view shows it, nothing is sent', async ({
  page,
  baseURL,
}) => {
  const root = fileStoreProject()
  const want = await expected(root)
  const prod = want.snapshot.datasets.prod!
  const dev = want.snapshot.datasets.dev!
  expect(prod.rows).not.toBe(built.datasets.prod?.rows)
  expect(want.runs.snapshot.runs.length).toBeGreaterThan(0)

  await page.goto('/')
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toHaveText(
    built.datasets.prod!.rows.toLocaleString('en-US'),
  )
  const bad = await watchRequests(page, new URL(baseURL!).origin)
  await openFolder(page, root)
  await expect(page).toHaveURL(/[?&]source=local/)
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toHaveText(
    prod.rows.toLocaleString('en-US'),
  )
  await expect(page.getByTestId('counts-dev').getByTestId('rows')).toHaveText(
    dev.rows.toLocaleString('en-US'),
  )
  mkdirSync(SHOTS, { recursive: true })
  await fullPageShot(page, `${SHOTS}/open-project-overview.png`)
  // PNG export draws the project's chart
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PNG' }).first().click()
  expect((await download).suggestedFilename()).toMatch(/\.png$/)

  await nav(page, /^Runs$/)
  await expect(page).toHaveURL(/\/runs\/\?.*source=local/)
  await expect(page.getByTestId('runs-source')).toContainText(
    `Read in this browser from ./mlruns (MLflow file store) of the opened project. Runs: ${want.runs.snapshot.runs.length};`,
  )
  for (const run of want.runs.snapshot.runs.filter((r) => r.name).slice(0, 3)) {
    await expect(page.getByRole('main').getByText(run.name!, { exact: true }).first()).toBeVisible()
  }
  await fullPageShot(page, `${SHOTS}/open-project-runs.png`)

  for (const view of [/^Court map$/, /^Performance$/, /^Drift$/, /^What if\?$/]) {
    await nav(page, view)
    await expect(page.getByTestId('local-project-banner')).toBeVisible()
    await expect(page.getByText(/not built for the opened project/)).toHaveCount(0)
  }

  // a reload in the same session shows the project again (kept in IndexedDB)
  await page.goto('/?source=local')
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toHaveText(
    prod.rows.toLocaleString('en-US'),
  )
  expect(bad).toEqual([])

  await page.getByRole('button', { name: 'Back to the built data' }).click()
  await expect(page).not.toHaveURL(/source=local/)
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toHaveText(
    built.datasets.prod!.rows.toLocaleString('en-US'),
  )
})

test('a folder of only two predictions files opened in the page', async ({ page, baseURL }) => {
  const root = twoFilesProject()
  const want = await expected(root)
  await page.goto('/')
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toBeVisible()
  const bad = await watchRequests(page, new URL(baseURL!).origin)
  await openFolder(page, root)
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toHaveText(
    want.snapshot.datasets.prod!.rows.toLocaleString('en-US'),
  )
  await nav(page, /^Runs$/)
  await expect(page.getByRole('main')).toContainText(want.runs.snapshot.unavailable!.slice(0, 40))
  expect(bad).toEqual([])
})

test('an MLflow SQLite store opened in the page (sql.js in the worker)', async ({
  page,
  baseURL,
}) => {
  const root = sqliteProject()
  const want = await expected(root)
  expect(want.runs.snapshot.source?.kind).toBe('sqlite')
  await page.goto('/runs/')
  await expect(page.getByRole('main').getByRole('table').first()).toBeVisible()
  const bad = await watchRequests(page, new URL(baseURL!).origin)
  await openFolder(page, root)
  await expect(page.getByRole('main')).toContainText('MLflow SQLite database')
  const named = want.runs.snapshot.runs.filter((r) => r.name && r.lifecycle === 'active')
  expect(named.length).toBeGreaterThan(0)
  for (const run of named.slice(0, 3)) {
    await expect(page.getByRole('main').getByText(run.name!, { exact: true }).first()).toBeVisible()
  }
  expect(bad).toEqual([])
})

test('an MLflow 3 mlflow.db committed from Windows: the what-if list holds its logged models', async ({
  page,
}) => {
  // logged_models rows whose artifact_location is file:///C:/Users/…, ./mlruns/… and mlflow-artifacts:
  const root = join(work, 'student-sqlite-logged')
  cpSync('lib/mlflow/fixtures/sqlite/mlflow-3x-logged-models', root, { recursive: true })
  cpSync(join(FIXTURES, 'sklearn-style.parquet'), join(root, 'predictions_dev.parquet'))
  cpSync(join(FIXTURES, 'ours.parquet'), join(root, 'predictions_prod.parquet'))
  const want = await expected(root)
  const paths = want.model.models.map((m) => m.source.artifactPath)
  expect(paths).toEqual([
    'models/m-8c7b6a5f4e3d4c2b9a1f0e9d8c7b6a5f/model.pkl',
    'models/m-1f2e3d4c5b6a47988a7b6c5d4e3f2a1b/model.pkl',
  ])
  await page.goto('/')
  await openFolder(page, root)
  await nav(page, /^What if\?$/)
  await expect(page.getByTestId('local-project-banner')).toBeVisible()
  const options = page.getByRole('combobox', { name: 'Model', exact: true }).locator('option')
  await expect(options).toHaveCount(2)
  await expect(options.first()).toContainText('kobe-lr v1 @champion')
  await expect(options.nth(1)).toContainText('logreg-again')
})

test('a shared source=local link without the project open says so', async ({ page }) => {
  await page.goto('/?source=local')
  await expect(
    page.getByRole('alert').filter({ hasText: 'not open in this browser' }),
  ).toBeVisible()
})

test('a FileStore of 600 runs in one experiment opens without freezing; the runs table lists them all', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(300_000)
  const RUNS = 600
  const root = twoFilesIn(work, 'many-runs')
  await writeManyRunsStore(join(root, 'mlruns'), { runs: RUNS, metrics: 4, steps: 20, params: 6 })
  const want = await expected(root)
  expect(want.runs.snapshot.runs.length).toBe(RUNS)
  await page.goto('/')
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toBeVisible()
  const bad = await watchRequests(page, new URL(baseURL!).origin)
  // the main thread's long tasks while the worker reads the store
  await page.evaluate(`(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration)
    }).observe({ type: 'longtask' })
  })()`)
  const started = Date.now()
  await openFolder(page, root, 240_000)
  const openMs = Date.now() - started
  const longest = Math.max(0, ...((await page.evaluate('window.__longTasks')) as number[]))
  const banner = (await page.getByTestId('local-project-banner').textContent()) ?? ''
  console.log(
    `open-project: ${RUNS} runs: folder chosen → banner ${openMs} ms (worker: ${/\((\d+(?:\.\d+)?) s\)/.exec(banner)?.[1]} s); longest main-thread task while it built ${Math.round(longest)} ms`,
  )
  await expect(page.getByTestId('local-project-banner')).toContainText(`runs: ${RUNS}`)
  // the input let go of its files once the worker had them: Chromium copies a file
  // input's files into the history entry on every URL change (0.2-0.6 s each with them)
  const held = await page
    .getByTestId('open-project-folder')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).files?.length))
  expect(held.length).toBeGreaterThan(0)
  expect(held.every((n) => n === 0)).toBe(true)
  const replaceMs = (await page.evaluate(`(() => {
    const t0 = performance.now()
    history.replaceState(history.state, '', location.href)
    return performance.now() - t0
  })()`)) as number
  expect(replaceMs).toBeLessThan(100)
  await nav(page, /^Runs$/)
  await expect(page.getByTestId('runs-source')).toContainText(`Runs: ${RUNS};`)
  await expect(page.getByTestId('runs-count')).toHaveText(`Showing ${RUNS} of ${RUNS}`)
  await page.getByRole('button', { name: `Show all ${RUNS} runs` }).click()
  const rows = page.getByRole('main').getByRole('table').first().locator('tbody tr')
  await expect(rows).toHaveCount(RUNS)
  for (const name of ['run-0', `run-${RUNS - 1}`])
    await expect(page.getByRole('main').getByText(name, { exact: true })).toBeVisible()
  expect(bad).toEqual([])
})

test('a FileStore chosen with the folder picker: the worker walks the handle, the page posts no file', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(600_000)
  // 100 runs, about 2,100 files: copying them into the OPFS costs the test a file at a time
  const RUNS = 100
  const root = twoFilesIn(work, 'many-runs-picked')
  await writeManyRunsStore(join(root, 'mlruns'), { runs: RUNS, metrics: 4, steps: 20, params: 6 })
  const onDisk = readdirSync(root, { recursive: true, withFileTypes: true }).filter((f) =>
    f.isFile(),
  )
  await watchLongTasks(page)
  await page.goto('/')
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toBeVisible()
  // Chromium's real FileSystemDirectoryHandle (the page's OPFS) is what the picker returns
  expect(await pickerReturnsOpfsCopy(page, root)).toBe(onDisk.length)
  const bad = await watchRequests(page, new URL(baseURL!).origin)
  await page.getByRole('banner').getByRole('button', { name: 'Open a project' }).click()
  const dialog = page.getByRole('dialog', { name: 'Open your own project' })
  await markChosen(page)
  await dialog.locator('button', { hasText: 'Open a folder…' }).click()
  await expect(page.getByTestId('local-project-banner')).toContainText('many-runs-picked', {
    timeout: 480_000,
  })
  await expect(page.getByTestId('local-project-banner')).toContainText(`runs: ${RUNS}`)
  const { building, switching } = await openingLongTasks(page)
  console.log(
    `open-project: ${RUNS} runs (${onDisk.length} files) through the picker's handle: main thread ` +
      `while it built: longest task ${building.longest} ms, blocking ${building.blocking} ms; ` +
      `while the views switched: ${switching.longest} ms, ${switching.blocking} ms`,
  )
  // nothing per file on the page's main thread: it posts the handle and the build request, and
  // not one File (the page used to walk the handle itself and post its files 100 at a time)
  expect(await postedToWorkers(page)).toEqual({ messages: 2, files: 0 })
  // a loose bound (the machine running this is shared: a long task's wall time counts the time
  // its thread waited for a core)
  expect(building.longest).toBeLessThan(1_500)
  await nav(page, /^Runs$/)
  await expect(page.getByTestId('runs-count')).toHaveText(`Showing ${RUNS} of ${RUNS}`)
  expect(bad).toEqual([])
})
