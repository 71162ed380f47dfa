import { expect, test, type Page } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'
import { watchErrors } from './watch-errors'
import { fullPageShot } from './full-page-shot'

/** The build's runs.json: the names and ids the pipeline wrote (ids change on every pipeline run). */
interface BuiltRun {
  id: string
  name: string
  parentId: string | null
  metrics: Record<string, number>
  params: Record<string, string>
}
const built = JSON.parse(readFileSync('out/data/runs.json', 'utf8')) as { runs: BuiltRun[] }
const byName = (name: string): BuiltRun => {
  const run = built.runs.find((r) => r.name === name)
  if (!run) throw new Error(`runs.json has no run "${name}": run the pipeline, then build`)
  return run
}
const SHOTS = 'e2e/screenshots'

const table = (page: Page) => page.getByRole('table', { name: /^Runs of kobe$/ })
const row = (page: Page, id: string) => page.locator(`tr[data-run-id="${id}"]`)
/** Names of the table's rows, top to bottom. */
const rowNames = (page: Page) =>
  table(page).locator('tbody tr th[scope="row"] button[aria-pressed]').allTextContents()

async function ready(page: Page) {
  await expect(table(page)).toBeVisible()
}

/** The text of a run's cell in a column, found by the column header's position. */
async function cell(page: Page, runId: string, header: RegExp): Promise<string> {
  const headers = await table(page).locator('thead th').allTextContents()
  const index = headers.findIndex((h) => header.test(h))
  expect(index, `column ${header}`).toBeGreaterThan(0)
  return (await row(page, runId).locator('th, td').nth(index).textContent()) ?? ''
}

function expectPng(bytes: Buffer, minBytes: number) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.length).toBeGreaterThan(minBytes)
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

async function downloadFrom(page: Page, figure: string, filename: string) {
  const chart = page.getByRole('figure', { name: figure })
  await expect(chart).toHaveAttribute('data-ready', 'true')
  const download = page.waitForEvent('download')
  await chart.getByRole('button', { name: 'Download PNG' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(filename)
  const bytes = readFileSync(await file.path())
  const [width, height] = expectPng(bytes, 10_000)
  test
    .info()
    .annotations.push({ type: filename, description: `${bytes.length} bytes, ${width}×${height}` })
}

test('the table lists the pipeline runs with their logged metrics, nested', async ({ page }) => {
  const errors = watchErrors(page)
  await page.goto('/runs/')
  await ready(page)
  const names = await rowNames(page)
  for (const name of [
    'PreparacaoDados',
    'Treinamento',
    'Treinamento - LogisticRegression',
    'Treinamento - DecisionTree',
    'PipelineAplicacao',
  ]) {
    expect(names).toContain(name)
  }
  await expect(page.getByTestId('runs-source')).toContainText('./mlruns (MLflow file store)')
  const training = byName('Treinamento')
  const logLoss = await cell(page, training.id, /^metriclog_loss/)
  expect(Number(logLoss)).toBeCloseTo(training.metrics.log_loss!, 4)
  expect(Number(logLoss)).toBeGreaterThan(0.6)
  expect(Number(logLoss)).toBeLessThan(0.75)
  // the candidate models are nested under the training run
  const tree = byName('Treinamento - DecisionTree')
  expect(tree.parentId).toBe(training.id)
  expect(names.indexOf('Treinamento - DecisionTree')).toBeGreaterThan(names.indexOf('Treinamento'))
  await expect(
    page.getByRole('button', { name: 'Hide the child runs of Treinamento (2)' }),
  ).toBeVisible()
  // the registry: the champion alias and its source run
  const models = page.getByTestId('registered-models')
  await expect(models).toContainText('kobe-shot-model')
  await expect(models).toContainText('@champion')
  await page.waitForLoadState('networkidle')
  await fullPageShot(page, `${SHOTS}/runs-1280-table.png`)
  expect(errors).toEqual([])
})

test('sorting by a metric reorders the rows and sets aria-sort', async ({ page }) => {
  await page.goto('/runs/')
  await ready(page)
  const header = table(page)
    .locator('thead th')
    .filter({ hasText: /^metriclog_loss/ })
  await header.getByRole('button').click()
  await expect(header).toHaveAttribute('aria-sort', 'ascending')
  await expect(page).toHaveURL(/sort=metrics\.log_loss(&|$)/)
  const top = built.runs.filter((r) => r.parentId === null && r.metrics.log_loss !== undefined)
  const ascending = [...top]
    .sort((a, b) => a.metrics.log_loss! - b.metrics.log_loss!)
    .map((r) => r.name)
  const shownAsc = (await rowNames(page)).filter((n) => ascending.includes(n))
  expect(shownAsc).toEqual(ascending)
  await header.getByRole('button').click()
  await expect(header).toHaveAttribute('aria-sort', 'descending')
  const shownDesc = (await rowNames(page)).filter((n) => ascending.includes(n))
  expect(shownDesc).toEqual([...ascending].reverse())
  // runs without the metric stay last in both directions
  expect((await rowNames(page)).at(-1)).toBe('PreparacaoDados')
})

test('filtering by text and by MLflow search syntax', async ({ page }) => {
  await page.goto('/runs/')
  await ready(page)
  const filter = page.getByLabel('Filter runs')
  await filter.fill('decisiontree')
  await expect.poll(() => rowNames(page)).toEqual(['Treinamento', 'Treinamento - DecisionTree'])
  await filter.fill('metrics.log_loss < 0.675')
  const expected = built.runs
    .filter((r) => (r.metrics.log_loss ?? 1) < 0.675)
    .map((r) => r.name)
    .sort()
  await expect.poll(async () => (await rowNames(page)).sort()).toEqual(expected)
  await expect(page).toHaveURL(/q=metrics\.log_loss/)
  await filter.fill('metrics.log_loss <')
  await expect(page.getByText(/Filter not understood/)).toBeVisible()
})

test('selecting a run shows its params, metrics, artifacts, MLmodel and history chart', async ({
  page,
}) => {
  const errors = watchErrors(page)
  const tree = byName('Treinamento - DecisionTree')
  await page.goto('/runs/')
  await ready(page)
  await table(page).getByRole('button', { name: 'Treinamento - DecisionTree', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`run=${tree.id}`))
  const details = page.getByTestId('run-details')
  await expect(
    details.getByRole('heading', { name: 'Run Treinamento - DecisionTree' }),
  ).toBeVisible()
  const params = details.getByRole('table', { name: /^Parameters/ })
  await expect(params.getByRole('row', { name: /max_depth/ })).toContainText(tree.params.max_depth!)
  const metrics = details.getByRole('table', { name: /^Metrics, latest value/ })
  await expect(metrics.getByRole('row', { name: /^log_loss/ })).toContainText(
    tree.metrics.log_loss!.toFixed(4),
  )
  // an artifact opens by default; MLmodel has its own section
  await expect(page.getByTestId('artifact-preview').locator('pre')).not.toBeEmpty()
  await page.getByRole('button', { name: 'model.json' }).click()
  await expect(page.getByTestId('artifact-preview')).toContainText('model/model.json')
  await expect(details.getByRole('heading', { name: /MLmodel file/ })).toBeVisible()
  await expect(details.locator('pre').filter({ hasText: 'flavors:' })).toBeVisible()
  await downloadFrom(page, 'History of cv_log_loss', 'metric_history_cv_log_loss.png')
  await page.evaluate(() => window.scrollTo(0, 0))
  await fullPageShot(page, `${SHOTS}/runs-1280-details.png`)
  expect(errors).toEqual([])
})

test('a parquet artifact is previewed as a table', async ({ page }) => {
  const prep = byName('PreparacaoDados')
  await page.goto(`/runs/?run=${prep.id}`)
  await ready(page)
  const preview = page.getByTestId('artifact-preview')
  await expect(preview.getByRole('table')).toBeVisible()
  await expect(preview.getByRole('table')).toContainText(/First 20 of [\d,]+ rows/)
  await expect(preview.getByRole('columnheader', { name: /shot_made_flag/ })).toBeVisible()
  await expect(preview.locator('tbody tr')).toHaveCount(20)
})

test('compare shows two runs side by side and a comparison chart', async ({ page }) => {
  const errors = watchErrors(page)
  const lr = byName('Treinamento - LogisticRegression')
  const tree = byName('Treinamento - DecisionTree')
  await page.goto('/runs/')
  await ready(page)
  await page.getByRole('checkbox', { name: 'Compare Treinamento - LogisticRegression' }).check()
  await expect(page.getByText('Tick one more run to compare.')).toBeVisible()
  await page.getByRole('checkbox', { name: 'Compare Treinamento - DecisionTree' }).check()
  await expect(page).toHaveURL(new RegExp(`compare=${lr.id},${tree.id}`))
  const compare = page.getByTestId('compare-runs')
  await expect(compare.getByRole('heading', { name: 'Comparing 2 runs' })).toBeVisible()
  const heads = compare.getByRole('table').locator('thead th')
  await expect(heads).toHaveText([
    'Treinamento - LogisticRegression×',
    'Treinamento - DecisionTree×',
  ])
  const logLoss = compare.locator('tr', {
    has: page.locator('th', { hasText: /^log_lossdiffers$/ }),
  })
  await expect(logLoss).toHaveAttribute('data-differs', 'true')
  await expect(logLoss.locator('td')).toHaveText([
    lr.metrics.log_loss!.toFixed(4),
    tree.metrics.log_loss!.toFixed(4),
  ])
  await downloadFrom(page, 'log_loss across the compared runs', 'metric_comparison_log_loss.png')
  await page.getByLabel('Metric', { exact: true }).selectOption('roc_auc')
  await expect(
    page.getByRole('figure', { name: 'roc_auc across the compared runs' }),
  ).toHaveAttribute('data-ready', 'true')
  await page.evaluate(() => window.scrollTo(0, 0))
  await fullPageShot(page, `${SHOTS}/runs-1280-compare.png`)
  expect(errors).toEqual([])
})

test('the registry links to the source run', async ({ page }) => {
  await page.goto('/runs/')
  await ready(page)
  const models = page.getByTestId('registered-models')
  const source = models.getByRole('row', { name: /@champion/ }).getByRole('button')
  const name = (await source.textContent()) ?? ''
  await source.click()
  await expect(page.getByTestId('run-details').getByRole('heading', { level: 2 })).toHaveText(
    `Run ${name}`,
  )
})

test('phone width, dark theme and Portuguese', async ({ page }) => {
  const errors = watchErrors(page)
  mkdirSync(SHOTS, { recursive: true })
  const training = byName('Treinamento')
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/runs/?run=${training.id}`)
  await ready(page)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  await page.evaluate(() => window.scrollTo(0, 0))
  await fullPageShot(page, `${SHOTS}/runs-390.png`)

  await page.setViewportSize({ width: 1280, height: 900 })
  await page.emulateMedia({ colorScheme: 'dark' })
  const lr = byName('Treinamento - LogisticRegression')
  const tree = byName('Treinamento - DecisionTree')
  await page.goto(`/runs/?lang=pt-BR&compare=${lr.id},${tree.id}&sort=metrics.log_loss`)
  await expect(page.getByRole('table', { name: 'Execuções de kobe' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Comparando 2 execuções' })).toBeVisible()
  await expect(page.locator(`tr[data-run-id="${training.id}"]`)).toContainText(
    training.metrics.log_loss!.toFixed(4).replace('.', ','),
  )
  await expect(
    page.getByRole('figure', { name: 'log_loss nas execuções comparadas' }),
  ).toHaveAttribute('data-ready', 'true')
  await fullPageShot(page, `${SHOTS}/runs-1280-dark-pt.png`)
  expect(errors).toEqual([])
})

test('runs-view link parameters the view cannot use are named in the notice', async ({ page }) => {
  await page.goto('/runs/?status=BROKEN&sort=nonsense')
  const notice = page.getByTestId('ignored-params')
  await expect(notice).toContainText('status=BROKEN was ignored: not a run status')
  await expect(notice).toContainText('sort=nonsense was ignored: not a column to sort by')
})
