import { expect, test, type Page } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'
import type { MonitoringReport } from '../lib/monitoring/monitoring-report'
import { loadCatalogue } from '../lib/i18n/catalogues'
import { reasonText } from '../lib/monitoring/reason'
import { expectedMonitoring } from './monitoring-expected'
import { watchErrors } from './watch-errors'
import { fullPageShot } from './full-page-shot'

// the Portuguese sentences the tests expect, as the page loads them when switched to pt-BR
test.beforeAll(() => loadCatalogue('pt-BR'))

let REPORT: MonitoringReport

test.beforeAll(async () => {
  REPORT = await expectedMonitoring()
})

const f3 = (v: number) => String(Number(v.toFixed(3)))
const fixed3 = (v: number) => v.toFixed(3)

async function figuresReady(page: Page) {
  await expect(page.getByTestId('plot').first()).toHaveAttribute('data-ready', 'true', {
    timeout: 30_000,
  })
  for (const figure of await page.getByTestId('plot').all()) {
    const empty = await figure.getByRole('note').count()
    if (!empty) await expect(figure).toHaveAttribute('data-ready', 'true', { timeout: 30_000 })
  }
}

test('season by season: every chunk alerts on the F1 collapse, tiny chunks say why', async ({
  page,
}) => {
  const errors = watchErrors(page)
  await page.goto('/timeline/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline')
  const seasons = REPORT.chunks.filter((c) => c.chunking === 'season')
  const rows = page.getByTestId('chunk-row')
  await expect(rows).toHaveCount(seasons.length)
  const alerting = seasons.filter((c) => c.alerts?.realised).length
  const drifting = seasons.filter((c) => c.alerts?.dataset_drift).length
  const limit = seasons[0]!.alerts!.limit!
  await expect(page.getByTestId('timeline-summary')).toHaveText(
    `${alerting} of ${seasons.length} chunks alert on f1_score (below ${f3(limit)}); ` +
      `${drifting} of ${seasons.length} show dataset drift.`,
  )
  expect(alerting).toBeGreaterThan(15)
  for (const chunk of seasons) {
    const row = page.locator(`[data-testid="chunk-row"][data-chunk="${chunk.key}"]`)
    const f1 = chunk.realised.values.f1_score
    if (f1 === null || f1 === undefined) {
      // 2013-14: 16 shots, 12 labelled: the sentence, not a number
      await expect(row.getByTestId('chunk-realised')).toHaveText(
        chunk.realised.unavailable.f1_score!.replace(' of data/', ' of ./data/'),
      )
      await expect(row.getByTestId('chunk-realised')).toContainText('fewer than the 30')
    } else {
      await expect(row.getByTestId('chunk-realised')).toHaveText(f3(f1))
      await expect(row).toHaveAttribute('data-alerting', 'true')
      await expect(row.getByTestId('chunk-estimated')).toContainText('not to be trusted here')
    }
  }
  await figuresReady(page)
  await expect(page.getByRole('figure', { name: 'F1 score per chunk' })).toBeVisible()
  await expect(page.getByRole('figure', { name: 'Drift per feature and chunk' })).toBeVisible()

  // PNG export of the F1 timeline
  const download = page.waitForEvent('download')
  await page
    .getByRole('figure', { name: 'F1 score per chunk' })
    .getByRole('button', { name: 'Download PNG' })
    .click()
  const file = await (await download).path()
  expect([...readFileSync(file).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])

  // month chunks, kept in the URL
  // the radio follows the URL, which Next.js syncs a moment after the click: wait for it
  const byMonth = page.getByRole('radio', { name: 'By month' })
  await byMonth.click()
  await expect(byMonth).toBeChecked()
  await expect(page).toHaveURL(/chunks=month/)
  await expect(rows).toHaveCount(REPORT.chunks.filter((c) => c.chunking === 'month').length)
  await page.reload()
  await expect(page.getByRole('radio', { name: 'By month' })).toBeChecked()
  await page.waitForLoadState('networkidle')
  expect(errors).toEqual([])
})

test('the retrain signals say what fired and link to the evidence', async ({ page }) => {
  await page.goto('/timeline/')
  const panel = page.getByTestId('retrain-signals')
  const fired = REPORT.signals.filter((s) => s.triggered)
  await expect(panel.getByTestId('retrain-verdict')).toHaveText(
    `Retrain: ${fired.length} of ${REPORT.signals.length} signals fired.`,
  )
  const firedRows = panel.locator('[data-testid="retrain-signal"][data-triggered="true"]')
  await expect(firedRows).toHaveCount(fired.length)
  for (const [i, signal] of fired.entries()) {
    await expect(firedRows.nth(i)).toContainText(signal.cause)
  }
  const reactive = fired.find((s) => s.kind === 'reactive')!
  expect(reactive.cause).toContain('f1_score degraded by 100.0%')
  const reactiveRow = firedRows.filter({ hasText: reactive.cause })
  await expect(reactiveRow.getByRole('link', { name: /Evidence/ })).toHaveAttribute(
    'href',
    '/performance/',
  )
  const predictive = firedRows.filter({ hasText: 'dataset drift:' })
  await expect(predictive.getByRole('link', { name: /Evidence/ })).toHaveAttribute(
    'href',
    '/drift/',
  )
})

test('the worst slices, with size and interval, ranked as lib/monitoring ranks them', async ({
  page,
}) => {
  await page.goto('/timeline/')
  const panel = page.getByTestId('worst-slices')
  const ranked = REPORT.slices
    .filter((s) => s.metric === 'log_loss' && s.value_metric !== null)
    .sort(
      (a, b) =>
        Number(b.direction === 'worse') - Number(a.direction === 'worse') ||
        b.distance! - a.distance!,
    )
  const worst = ranked[0]!
  expect(worst.direction).toBe('worse')
  const first = panel.getByTestId('slice-row').first()
  await expect(first).toContainText(worst.column)
  await expect(first).toContainText(worst.value)
  await expect(first).toContainText(`${worst.rows.toLocaleString('en')} (${worst.labelled})`)
  await expect(first).toContainText(fixed3(worst.value_metric!))
  await expect(first).toContainText(`${fixed3(worst.ci![0])} – ${fixed3(worst.ci![1])}`)
  await expect(first).toContainText('worse')
  // ranked by F1 instead, in the URL
  await panel.getByLabel('Rank by').selectOption('f1_score')
  await expect(page).toHaveURL(/slice_metric=f1_score/)
})

test.describe('screenshots', () => {
  for (const [name, url, scheme] of [
    ['timeline-1280', '/timeline/', 'light'],
    ['timeline-1280-dark', '/timeline/', 'dark'],
    ['timeline-month-pt-1280', '/timeline/?chunks=month&lang=pt-BR', 'light'],
    ['timeline-pt-1280', '/timeline/?lang=pt-BR', 'light'],
    ['overview-monitoring-1280', '/', 'light'],
    ['overview-monitoring-1280-dark', '/', 'dark'],
    ['overview-monitoring-pt-1280', '/?lang=pt-BR', 'light'],
    ['performance-monitoring-1280', '/performance/', 'light'],
    ['performance-monitoring-1280-dark', '/performance/', 'dark'],
    ['performance-monitoring-pt-1280', '/performance/?lang=pt-BR', 'light'],
  ] as const) {
    test(name, async ({ page }) => {
      mkdirSync('e2e/screenshots', { recursive: true })
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(url)
      if (url.startsWith('/?') || url === '/') {
        await expect(page.getByTestId('estimate-panel')).toBeVisible({ timeout: 30_000 })
      } else {
        await figuresReady(page)
      }
      await fullPageShot(page, `e2e/screenshots/${name}.png`)
    })
  }
})

test('in Portuguese the signals, the tiny chunks and the estimate verdict are Portuguese', async ({
  page,
}) => {
  const errors = watchErrors(page)
  await page.goto('/timeline/?lang=pt-BR')
  const panel = page.getByTestId('retrain-signals')
  const fired = REPORT.signals.filter((s) => s.triggered)
  await expect(panel.getByTestId('retrain-verdict')).toHaveText(
    `Retreinar: ${fired.length} de ${REPORT.signals.length} sinais dispararam.`,
  )
  for (const signal of REPORT.signals) {
    await expect(
      panel.getByTestId('retrain-signal').filter({ hasText: reasonText(signal.reason, 'pt-BR') }),
    ).toHaveCount(1)
  }
  const dev = REPORT.metrics.dev.values.f1_score!
  await expect(panel).toContainText(
    `f1_score piorou 100,0% de dev (${dev.toFixed(4).replace('.', ',')}) para produção (0), mais que os 15% permitidos`,
  )
  // 2013-14: 12 labelled shots, the reason in Portuguese with the shipped (relative) path
  const tiny = REPORT.chunks.find((c) => c.chunking === 'season' && c.key === '2013-14')!
  await expect(
    page.locator('[data-testid="chunk-row"][data-chunk="2013-14"]').getByTestId('chunk-realised'),
  ).toHaveText(
    reasonText(tiny.realised.reasons!.f1_score!, 'pt-BR').replace(' de data/', ' de ./data/'),
  )
  await expect(
    page.getByTestId('chunk-realised').filter({ hasText: 'tem 12 linhas rotuladas' }),
  ).toHaveCount(1)
  await expect(page.locator('main')).not.toContainText('fewer than the')
  await expect(page.locator('main')).not.toContainText('degraded by')
  expect(errors).toEqual([])
})
