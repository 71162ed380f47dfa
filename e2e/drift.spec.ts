import { expect, test, type Page } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'
import type { DriftRow } from '../lib/drift/drift-table'
import { parseRows } from '../lib/site-data/predictions/parse-rows'
import type { Snapshot } from '../lib/site-data/predictions/snapshot-types'
import { loadCatalogue } from '../lib/i18n/catalogues'
import { reasonText } from '../lib/monitoring/reason'
import { expectedMonitoring } from './monitoring-expected'
import { watchErrors } from './watch-errors'
import { fullPageShot } from './full-page-shot'

// the Portuguese sentences the tests expect, as the page loads them when switched to pt-BR
test.beforeAll(() => loadCatalogue('pt-BR'))

const SHOTS = 'e2e/screenshots'
/** verdict charts: 6 features + prediction_score + made rate */
const CHARTS = 8

const snapshot = (): Snapshot =>
  JSON.parse(readFileSync('out/data/snapshot.json', 'utf8')) as Snapshot

const buildRow = (snap: Snapshot, column: string): DriftRow => {
  const row = snap.drift!.rows.find((r) => r.column === column)
  if (!row) throw new Error(`snapshot.json has no drift row "${column}"`)
  return row
}

/** Three significant digits, as the table writes distances. */
const sig3 = (v: number) =>
  v.toLocaleString('en', { minimumSignificantDigits: 3, maximumSignificantDigits: 3 })

/** Rows of the built rows file in one period, counted apart from the page. */
async function rowsInPeriod(dataset: 'dev' | 'prod', period: number): Promise<number> {
  const file = `out/data/rows-${dataset}.parquet`
  const { data } = await parseRows(new Uint8Array(readFileSync(file)), file)
  return data.features.period!.filter((p) => p === period).length
}

const tableRow = (page: Page, column: string) =>
  page.locator(`[data-testid="drift-table"] tbody tr[data-column="${column}"]`)
const statistic = (page: Page, column: string) =>
  tableRow(page, column).getByTestId('drift-statistic')
const number = (text: string) => Number(text.replace(/,/g, ''))

async function ready(page: Page) {
  await expect(page.getByTestId('drift-verdict')).toBeVisible({ timeout: 20_000 })
  const figures = page.locator('figure[data-testid="plot"]')
  await expect(figures).toHaveCount(CHARTS, { timeout: 20_000 })
  for (const figure of await figures.all()) {
    await expect(figure).toHaveAttribute('data-ready', 'true', { timeout: 20_000 })
  }
}

test('verdict and table show the build’s Kobe numbers', async ({ page }) => {
  const errors = watchErrors(page)
  const snap = snapshot()
  const { dataset } = snap.drift!
  const shot = buildRow(snap, 'shot_distance')
  const lat = buildRow(snap, 'lat')
  const period = buildRow(snap, 'period')
  // the story the brief expects (dev 2-point vs prod 3-point shots)
  expect([shot.method, lat.method, period.method]).toEqual([
    'wasserstein',
    'wasserstein',
    'jensenshannon',
  ])
  expect(shot.statistic).toBeGreaterThan(1.9)
  expect(shot.statistic).toBeLessThan(2.2)
  expect(lat.statistic).toBeGreaterThan(1.9)
  expect(lat.statistic).toBeLessThan(2.1)
  expect(period.statistic).toBeGreaterThan(0.07)
  expect(period.statistic).toBeLessThan(0.09)
  expect(period.drifted).toBe(false)

  await page.goto('/drift/')
  await ready(page)

  await expect(page.getByTestId('drift-verdict-sentence')).toHaveText(
    `Dataset drift: ${dataset.driftedCount} of ${dataset.columnCount} features drifted (share ${dataset.share.toFixed(2)} ≥ 0.5).`,
  )
  await expect(page.getByTestId('drift-verdict')).toContainText(
    `Evidently-compatible defaults for a reference of ${shot.refCount.toLocaleString('en')} dev shots (more than 1000): normed Wasserstein distance ≥ 0.1`,
  )
  await expect(page.getByTestId('drift-scope')).toHaveText(
    `All shots: ${snap.datasets.dev!.rows.toLocaleString('en')} dev shots (reference) against ${snap.datasets.prod!.rows.toLocaleString('en')} prod shots (current), as computed when the site was built.`,
  )

  await expect(statistic(page, 'shot_distance')).toHaveText(sig3(shot.statistic))
  await expect(tableRow(page, 'shot_distance')).toContainText('Normed Wasserstein distance')
  await expect(tableRow(page, 'shot_distance')).toContainText('Drifted')
  await expect(statistic(page, 'lat')).toHaveText(sig3(lat.statistic))
  await expect(statistic(page, 'period')).toHaveText(sig3(period.statistic))
  await expect(tableRow(page, 'period')).toContainText('Jensen-Shannon distance')
  await expect(tableRow(page, 'period')).toContainText('Not drifted')
  await expect(tableRow(page, 'period')).toContainText('categorical')
  await expect(tableRow(page, 'period').locator('[data-drifted]')).toHaveAttribute(
    'data-drifted',
    'false',
  )
  await expect(tableRow(page, 'shot_distance').locator('[data-drifted]')).toHaveAttribute(
    'data-drifted',
    'true',
  )

  // support coverage: most prod distances lie outside the dev range, said in a sentence
  const support = shot.support as Extract<DriftRow['support'], { kind: 'range' }>
  const centralPct = `${(support.outsideCentralShare * 100).toFixed(1)}%`
  await expect(tableRow(page, 'shot_distance').getByTestId('drift-support')).toContainText(
    `${centralPct} outside the central 99%`,
  )
  await expect(page.getByTestId('drift-support-notes')).toContainText(
    `${centralPct} of prod shot_distance values (${support.outsideCentral.toLocaleString('en')} of ${shot.curCount.toLocaleString('en')} shots)`,
  )

  // each row links to its chart, which carries the verdict in its subtitle
  await tableRow(page, 'shot_distance').getByRole('link', { name: 'shot_distance' }).click()
  await expect(page).toHaveURL(/#drift-chart-shot_distance$/)
  const chart = page.getByRole('figure', { name: 'shot_distance (ft): dev vs prod' })
  await expect(chart).toBeInViewport()
  await expect(chart).toContainText(
    `Normed Wasserstein distance ${sig3(shot.statistic)} (drift when score ≥ 0.1): drifted`,
  )
  await expect(page.getByRole('figure', { name: 'lat (degrees): dev vs prod' })).toBeVisible()
  await expect(
    page.getByRole('figure', { name: 'minutes_remaining (minutes): dev vs prod' }),
  ).toBeVisible()
  await expect(page.getByRole('figure', { name: 'period: dev vs prod' })).toContainText('Q1')
  await expect(page.getByRole('figure', { name: 'playoffs: dev vs prod' })).toContainText(
    'Regular season',
  )

  // model output: the threshold is marked on the score chart; made rates come from the rows
  const score = page.getByRole('figure', { name: 'Predicted probability of a make: dev vs prod' })
  await expect(score).toContainText('threshold 0.5')
  await expect(score).toContainText(
    /At the threshold 0\.5, [\d.]+% of dev and [\d.]+% of prod shots are predicted made\./,
  )
  const target = page.getByRole('figure', { name: 'Made rate (target): dev vs prod' })
  await expect(target).toContainText('of 5,412)')

  // sort by statistic: the largest statistic first
  await page.getByRole('button', { name: 'Sort by Statistic' }).click()
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('Statistic')
  const largest = [...snap.drift!.rows].sort((a, b) => b.statistic - a.statistic)[0]!.column
  await expect(page.locator('[data-testid="drift-table"] tbody tr').first()).toHaveAttribute(
    'data-column',
    largest,
  )

  mkdirSync(SHOTS, { recursive: true })
  await page.evaluate(() => window.scrollTo(0, 0))
  await fullPageShot(page, `${SHOTS}/drift-1280.png`)
  await page.waitForLoadState('networkidle')
  expect(errors).toEqual([])
  test.info().annotations.push({
    type: 'drift numbers',
    description: JSON.stringify({
      verdict: await page.getByTestId('drift-verdict-sentence').textContent(),
      stats: Object.fromEntries(
        snap.drift!.rows.map((r) => [r.column, [r.method, r.statistic, r.drifted]]),
      ),
    }),
  })
})

test('a filter recomputes the table on the filtered rows', async ({ page }) => {
  const errors = watchErrors(page)
  const snap = snapshot()
  const [dev1, prod1] = [await rowsInPeriod('dev', 1), await rowsInPeriod('prod', 1)]
  await page.goto('/drift/')
  await ready(page)
  const before = await statistic(page, 'lng').textContent()

  await page.getByRole('checkbox', { name: 'Q1' }).click()
  await expect(page.getByRole('checkbox', { name: 'Q1' })).toBeChecked()
  await expect(page).toHaveURL(/period=1/)
  const scope = page.getByTestId('drift-scope')
  await expect(scope).toHaveText(
    `The table and the charts reflect the filters: recomputed in your browser on ${dev1.toLocaleString('en')} dev and ${prod1.toLocaleString('en')} prod shots.`,
  )
  expect(dev1).toBeLessThan(buildRow(snap, 'lng').refCount)
  // one period left: period has a single value in both samples, so no distance at all
  await expect(statistic(page, 'period')).toHaveText('0.00')
  await expect(tableRow(page, 'period')).toContainText('Not drifted')
  await expect(statistic(page, 'lng')).not.toHaveText(before!)
  // the charts follow the filter: legend counts are the filtered rows (a chart below the fold
  // redraws when it scrolls into view)
  const figure = page.getByRole('figure', { name: 'lng (degrees): dev vs prod' })
  await figure.scrollIntoViewIfNeeded()
  const legend = figure.locator('.legendtext')
  await expect(legend.filter({ hasText: `Dev, ${dev1.toLocaleString('en')} shots` })).toHaveCount(1)

  mkdirSync(SHOTS, { recursive: true })
  await fullPageShot(page, `${SHOTS}/drift-1280-filtered.png`)

  // a 2-point zone leaves prod (3-point shots) empty: the page says so instead of a blank table
  await page.getByRole('checkbox', { name: 'Q1' }).click()
  await expect(page.getByRole('checkbox', { name: 'Q1' })).not.toBeChecked()
  await page.getByRole('checkbox', { name: 'In the paint (non-RA)' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'No Prod shot matches the filters' }),
  ).toBeVisible()
  await expect(page.getByTestId('drift-table')).toHaveCount(0)
  expect(errors).toEqual([])
})

test('the method selector re-tests every column and is kept in the URL', async ({ page }) => {
  const errors = watchErrors(page)
  const snap = snapshot()
  const shot = buildRow(snap, 'shot_distance')
  await page.goto('/drift/')
  await ready(page)
  const selector = page.getByLabel('Drift test')
  await expect(selector).toHaveValue('auto')

  await selector.selectOption('psi')
  await expect(page).toHaveURL(/drift_method=psi/)
  await expect(statistic(page, 'shot_distance')).toHaveText(sig3(shot.alternatives.psi))
  await expect(tableRow(page, 'shot_distance')).toContainText('PSI (population stability index)')
  await expect(page.getByTestId('drift-verdict')).toContainText(
    'PSI (population stability index) for every feature; drift when score ≥ 0.1',
  )
  const psiDrifted = snap.drift!.rows.filter((r) => r.alternatives.psi >= 0.1).length
  await expect(page.getByTestId('drift-verdict-sentence')).toContainText(
    `${psiDrifted} of 6 features drifted`,
  )

  // K-S on numerical columns only; period keeps its automatic test and says so
  await selector.selectOption('ks')
  await expect(page).toHaveURL(/drift_method=ks/)
  await expect(tableRow(page, 'shot_distance')).toContainText('Kolmogorov-Smirnov p-value')
  await expect(tableRow(page, 'period')).toContainText('Jensen-Shannon distance')
  await expect(tableRow(page, 'period')).toContainText(
    'needs a numerical column: automatic test kept',
  )

  // the choice survives a reload and a filter change
  await page.reload()
  await ready(page)
  await expect(page.getByLabel('Drift test')).toHaveValue('ks')
  await page.getByRole('radio', { name: 'Playoffs' }).click()
  await expect(page).toHaveURL(/drift_method=ks/)
  await expect(page).toHaveURL(/playoffs=1/)
  await expect(tableRow(page, 'shot_distance')).toContainText('Kolmogorov-Smirnov p-value')

  // an unknown value falls back to auto and says so
  await page.goto('/drift/?drift_method=bogus')
  await ready(page)
  await expect(
    page.getByRole('alert').filter({ hasText: 'drift_method=bogus is not one of' }),
  ).toBeVisible()
  await expect(page.getByLabel('Drift test')).toHaveValue('auto')
  expect(errors).toEqual([])
})

test('downloads a feature chart and the score chart as PNG', async ({ page }) => {
  await page.goto('/drift/')
  await ready(page)
  for (const [name, filename] of [
    ['shot_distance (ft): dev vs prod', 'drift_shot_distance_dev_vs_prod.png'],
    [
      'Predicted probability of a make: dev vs prod',
      'prediction_score_distribution_dev_vs_prod.png',
    ],
    ['Made rate (target): dev vs prod', 'target_rate_dev_vs_prod.png'],
  ] as const) {
    const download = page.waitForEvent('download')
    await page.getByRole('figure', { name }).getByRole('button', { name: 'Download PNG' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(filename)
    const bytes = readFileSync(await file.path())
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(bytes.length).toBeGreaterThan(15_000)
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
    expect(width).toBeGreaterThan(600)
    expect(height).toBeGreaterThan(600)
    test.info().annotations.push({
      type: filename,
      description: `${bytes.length} bytes, ${width}×${height}`,
    })
  }
})

test('phone width, dark theme and Portuguese', async ({ page }) => {
  const errors = watchErrors(page)
  mkdirSync(SHOTS, { recursive: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/drift/')
  await ready(page)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  await fullPageShot(page, `${SHOTS}/drift-390.png`)

  await page.setViewportSize({ width: 1280, height: 900 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/drift/?lang=pt-BR&threshold=0.4')
  await ready(page)
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await expect(page.getByTestId('drift-verdict-sentence')).toHaveText(
    /^Desvio no conjunto de dados: \d de 6 variáveis com desvio \(proporção 0,\d\d ≥ 0,5\)\.$/,
  )
  await expect(page.getByRole('figure', { name: 'shot_distance (pés): dev vs prod' })).toBeVisible()
  await expect(
    page.getByRole('figure', { name: 'Probabilidade prevista de acerto: dev vs prod' }),
  ).toContainText('limiar 0,4')
  await fullPageShot(page, `${SHOTS}/drift-1280-dark.png`)
  expect(errors).toEqual([])
})

test('filtered drift stays fast enough to feel instant', async ({ page }) => {
  await page.goto('/drift/')
  await ready(page)
  // time from ticking a period until the scope line shows the recomputed counts
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const scope = document.querySelector('[data-testid="drift-scope"]')!
        const box = [...document.querySelectorAll('input[type="checkbox"]')].find((el) =>
          el.parentElement?.textContent?.trim().startsWith('Q2'),
        ) as HTMLInputElement
        const observer = new MutationObserver(() => {
          if (!scope.textContent?.includes('recomputed')) return
          observer.disconnect()
          resolve(performance.now() - t0)
        })
        observer.observe(scope, { characterData: true, childList: true, subtree: true })
        const t0 = performance.now()
        box.click()
      }),
  )
  test
    .info()
    .annotations.push({ type: 'filter → recomputed table (ms)', description: ms.toFixed(0) })
  expect(number(String(ms))).toBeLessThan(1500)
})

test('the monitoring panel: dataset drift share against the 50% rule, the features that matter most, the predictive signals', async ({
  page,
}) => {
  const errors = watchErrors(page)
  const report = await expectedMonitoring()
  const { share, drifted, columns } = report.dataset_drift
  await page.goto('/drift/')
  const panel = page.getByTestId('drift-monitoring')
  await expect(panel.getByTestId('dataset-drift-share')).toHaveText(
    `Dataset drift: ${drifted.length} of ${columns} features drifted (${Math.round(share * 100)}%)`,
  )
  expect(drifted.length).toBe(4)
  await expect(panel.getByRole('meter', { name: 'Share of drifted features' })).toHaveAttribute(
    'aria-valuenow',
    String(Math.round(share * 100)),
  )
  const important = panel.getByTestId('important-features').locator('tbody tr')
  await expect(important).toHaveCount(report.importance.top.length)
  for (const name of report.importance.top) {
    const f = report.features.find((x) => x.name === name)!
    await expect(panel.locator(`tr[data-feature="${name}"]`)).toHaveAttribute(
      'data-drift',
      String(f.drift),
    )
  }
  const signals = page.getByTestId('retrain-signals')
  const predictive = report.signals.filter((s) => s.kind === 'predictive')
  await expect(signals.getByTestId('retrain-signal')).toHaveCount(predictive.length)
  for (const s of predictive) {
    const item = signals.getByTestId('retrain-signal').filter({ hasText: s.cause })
    await expect(item).toHaveCount(1)
    // on the drift view the evidence is the same figures chunk by chunk
    await expect(item.getByRole('link', { name: /Evidence/ })).toHaveAttribute('href', '/timeline/')
  }
  await expect(panel.getByRole('link', { name: /timeline/ })).toHaveAttribute('href', '/timeline/')

  await page.goto('/drift/?lang=pt-BR')
  await expect(panel.getByTestId('dataset-drift-share')).toHaveText(
    `Desvio do conjunto: 4 de ${columns} variáveis com desvio (${Math.round(share * 100)}%)`,
  )
  for (const s of predictive) {
    await expect(
      signals.getByTestId('retrain-signal').filter({ hasText: reasonText(s.reason, 'pt-BR') }),
    ).toHaveCount(1)
  }
  await expect(signals).toContainText('desvio do conjunto: 4 de 6 variáveis com desvio (67%')
  await expect(signals).not.toContainText('dataset drift')
  await expect(panel.getByRole('link', { name: /linha do tempo/ })).toHaveAttribute(
    'href',
    '/timeline/?lang=pt-BR',
  )
  mkdirSync(SHOTS, { recursive: true })
  await ready(page)
  await fullPageShot(page, `${SHOTS}/drift-monitoring-pt-1280.png`)
  expect(errors).toEqual([])
})
