import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { parseMonitoringSite } from '../lib/site-data/monitoring/parse-monitoring-site'
import { parseRows } from '../lib/site-data/predictions/parse-rows'
import { parseSnapshot } from '../lib/site-data/predictions/parse-snapshot'
import { parseRunsSnapshot } from '../lib/site-data/runs/parse-runs-snapshot'
import { applyDriftMethod } from '../lib/views/drift/apply-drift-method'
import { isPValueTest } from '../lib/views/drift/drift-verdict-text'
import { formatStatistic } from '../lib/views/drift/format-drift-number'
import { defaultColumns } from '../lib/views/runs/default-columns'
import { formatMetricValue } from '../lib/views/runs/format-metric-value'
import { selectExperiment } from '../lib/views/runs/select-experiment'

// The Kobe build as out/ ships it (what the test server serves), read here with the site's own
// parsers: the pages' static HTML must hold these numbers before (here: without) any JavaScript.
const site = (file: string) => new Uint8Array(readFileSync(`out/${file}`))
const snapshot = parseSnapshot(site('data/snapshot.json'))
const monitoring = parseMonitoringSite(site('data/monitoring.json'))
const runs = parseRunsSnapshot(site('data/runs.json'))

const NOSCRIPT = /JavaScript is off: the numbers below are the default view/
const en = (n: number) => n.toLocaleString('en-US')
const f3 = (v: number) => v.toFixed(3)

/** tp, fp, fn, tn of the shipped prod rows at 0.5 (called made at p ≥ 0.5, as the views do). */
async function prodConfusion() {
  const { data } = await parseRows(site('data/rows-prod.parquet'), 'rows-prod.parquet')
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 }
  data.target.forEach((y, i) => {
    const p = data.probability![i]!
    if (Number.isNaN(y) || Number.isNaN(p)) return
    if (p >= 0.5) c[y === 1 ? 'tp' : 'fp']++
    else c[y === 1 ? 'fn' : 'tn']++
  })
  return c
}

async function expectNoscript(page: Page) {
  await expect(page.getByTestId('noscript-notice')).toBeVisible()
  await expect(page.getByTestId('noscript-notice')).toHaveText(NOSCRIPT)
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('overview: verdict and metric cards from the build, and the noscript sentence', async ({
    page,
  }) => {
    await page.goto('/')
    await expectNoscript(page)
    const verdict = page.getByTestId('health-verdict')
    await expect(verdict).toBeVisible()
    // on the Kobe data prod is 3-pointers: the verdict is not "ok"
    await expect(verdict).not.toHaveAttribute('data-severity', 'ok')
    await expect(page.getByTestId('verdict-sentence')).not.toBeEmpty()
    const dev = snapshot.datasets.dev!.metrics!
    const prod = snapshot.datasets.prod!.metrics!
    for (const key of ['f1_score', 'accuracy', 'roc_auc', 'log_loss'] as const) {
      const card = page.getByTestId(`metric-${key}`)
      await expect(card.getByTestId('dev')).toHaveText(f3(dev[key]))
      await expect(card.getByTestId('prod')).toHaveText(f3(prod[key]))
    }
    await expect(page.getByTestId('metric-cards')).toContainText(
      en(snapshot.datasets.prod!.labelledRows),
    )
  })

  test('drift: the build verdict and every feature statistic', async ({ page }) => {
    await page.goto('/drift/')
    await expectNoscript(page)
    await expect(page.getByTestId('drift-verdict')).toBeVisible()
    const table = applyDriftMethod(snapshot.drift!, 'auto')
    expect(table.rows.length).toBeGreaterThan(3)
    for (const row of table.rows) {
      const tr = page.getByTestId('drift-table').locator(`tr[data-column="${row.column}"]`)
      await expect(tr.getByTestId('drift-statistic')).toHaveText(
        formatStatistic('en', row.statistic, isPValueTest(row.method)),
      )
    }
    await expect(page.getByTestId('drift-verdict')).toContainText(en(snapshot.datasets.prod!.rows))
  })

  test('performance: headline and confusion counts at 0.5', async ({ page }) => {
    await page.goto('/performance/')
    await expectNoscript(page)
    const headline = page.getByTestId('performance-headline')
    await expect(headline).toContainText(f3(snapshot.datasets.prod!.metrics!.f1_score))
    await expect(headline).toContainText(f3(snapshot.datasets.dev!.metrics!.roc_auc))
    const c = await prodConfusion()
    const table = page.getByRole('table').filter({ hasText: 'True positive' })
    for (const [label, value] of [
      ['True positive', c.tp],
      ['False positive', c.fp],
      ['False negative', c.fn],
      ['True negative', c.tn],
    ] as const) {
      await expect(table.getByRole('row').filter({ hasText: label })).toContainText(en(value))
    }
  })

  test('timeline: the season chunk table', async ({ page }) => {
    await page.goto('/timeline/')
    await expectNoscript(page)
    const chunks = monitoring.report!.chunks.filter((c) => c.chunking === 'season')
    expect(chunks.length).toBeGreaterThan(5)
    await expect(page.getByTestId('chunk-row')).toHaveCount(chunks.length)
    for (const chunk of chunks) {
      await expect(
        page.locator(`[data-testid="chunk-row"][data-chunk="${chunk.key}"]`),
      ).toContainText(en(chunk.rows))
    }
  })

  test('runs: the default experiment runs table', async ({ page }) => {
    await page.goto('/runs/')
    await expectNoscript(page)
    const experiment = selectExperiment(runs, null, null)!
    const shown = runs.runs.filter((r) => r.experimentId === experiment.id)
    const metric = defaultColumns(shown).find((c) => c.kind === 'metric')!.key
    for (const run of shown.filter((r) => r.parentId === null)) {
      const row = page.getByRole('row').filter({ hasText: run.name })
      await expect(row.first()).toBeVisible()
      const value = run.metrics[metric]
      if (value !== undefined)
        await expect(row.first()).toContainText(formatMetricValue(value, 'en'))
    }
  })

  test('court and what-if say they need JavaScript', async ({ page }) => {
    for (const path of ['/court/', '/what-if/']) {
      await page.goto(path)
      await expectNoscript(page)
    }
  })
})

test.describe('with JavaScript', () => {
  // another zone than the build machine's: text that depends on it must not break hydration
  test.use({ timezoneId: 'America/Sao_Paulo' })

  // React's production build reports a failed hydration as minified errors 418, 423, 425
  const HYDRATION = /hydrat|react\.dev\/errors\/(418|419|422|423|425)\b|#(418|419|422|423|425)\b/i
  const hydrationProblems = (page: Page) => {
    const problems: string[] = []
    page.on('console', (m) => {
      if ((m.type() === 'error' || m.type() === 'warning') && HYDRATION.test(m.text()))
        problems.push(m.text())
    })
    page.on('pageerror', (e) => HYDRATION.test(e.message) && problems.push(e.message))
    return problems
  }

  test('no hydration warning on the prerendered pages, default URL and client-side states', async ({
    page,
  }) => {
    const problems = hydrationProblems(page)
    for (const path of ['/', '/drift/', '/performance/', '/timeline/', '/runs/']) {
      await page.goto(path)
      await expect(page.getByTestId('noscript-notice')).toBeHidden()
      await page.waitForLoadState('networkidle')
    }
    // the interactive view replaced the prerendered one on the default URL
    await page.goto('/performance/')
    await expect(page.getByRole('figure', { name: /ROC/ }).first()).toHaveAttribute(
      'data-ready',
      'true',
      { timeout: 30_000 },
    )
    await expect(page.getByTestId('prerendered')).toHaveCount(0)
    // a filtered and a pt-BR URL render in the browser from the same static HTML
    await page.goto('/?period=1')
    await expect(page.getByTestId('health-verdict')).toContainText(/1,\d{3} dev/)
    await page.goto('/drift/?lang=pt-BR')
    await expect(page.getByTestId('drift-verdict')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR')
    expect(problems).toEqual([])
  })
})
