import { test, type Page } from '@playwright/test'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, expected as expectedIn, nav, openFolder } from './open-project-helpers'
import { seriousViolations } from './serious-violations'

// A project opened in the page shows its dashboard before its monitoring report is computed:
// the worker hands the dashboard's files over first, then computes monitoring.json in the same
// worker. To see the pending state whatever the machine's speed, the page's Worker is wrapped
// so that the worker's `monitoring` message (the real report, computed by the real worker)
// reaches the page only when the test lets it through; the order of the messages is recorded.
const SHOTS = 'e2e/screenshots'
const work = mkdtempSync(join(tmpdir(), 'open-project-monitoring-'))
test.afterAll(() => rmSync(work, { recursive: true, force: true }))
test.describe.configure({ timeout: 180_000 })

/** The Kobe predictions alone: dev 2-point shots, prod 3-point shots, with dates (seasons). */
function kobePredictions(): string {
  const root = join(work, 'kobe-predictions')
  mkdirSync(root, { recursive: true })
  for (const side of ['dev', 'prod'])
    cpSync(`data/output/predictions_${side}.parquet`, join(root, `predictions_${side}.parquet`))
  return root
}

/** Holds the worker's `monitoring` message until `window.releaseMonitoring()`; logs every type. */
async function holdMonitoring(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as {
      workerMessages: string[]
      releaseMonitoring: () => void
    }
    const Native = window.Worker
    const held: (() => void)[] = []
    let released = false
    w.workerMessages = []
    w.releaseMonitoring = () => {
      released = true
      held.splice(0).forEach((deliver) => deliver())
    }
    window.Worker = class extends Native {
      override set onmessage(handler: ((event: MessageEvent) => void) | null) {
        super.onmessage = (event: MessageEvent) => {
          const type = (event.data as { type: string }).type
          w.workerMessages.push(type === 'progress' ? `progress:${event.data.stage}` : type)
          if (type === 'monitoring' && !released) held.push(() => handler?.call(this, event))
          else handler?.call(this, event)
        }
      }
    }
  })
}

const messages = (page: Page) =>
  page.evaluate(() => (window as unknown as { workerMessages: string[] }).workerMessages)

test('the dashboard shows first; the monitoring views say so, then fill in without a reload', async ({
  page,
}) => {
  const root = kobePredictions()
  const want = await expectedIn(work, root)
  const report = want.monitoring.site.report!
  expect(report).not.toBeNull()
  const seasons = report.chunks.filter((c) => c.chunking === 'season')
  expect(seasons.length).toBeGreaterThan(10)
  const fired = report.signals.filter((s) => s.triggered).length

  await holdMonitoring(page)
  await page.goto('/')
  await openFolder(page, root)
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toHaveText(
    want.snapshot.datasets.prod!.rows.toLocaleString('en-US'),
  )
  const banner = page.getByTestId('local-project-banner')
  await expect(banner.getByTestId('monitoring-progress')).toContainText(
    'Computing the monitoring report',
  )
  // the overview: metric cards and a provisional verdict now, the signals and estimate pending
  const pending = page.getByTestId('monitoring-pending')
  await expect(pending).toContainText(
    'Still computing the monitoring report in this browser: the retrain signals',
  )
  await expect(page.getByTestId('verdict-pending')).toBeVisible()
  await expect(page.getByTestId('retrain-signals')).toHaveCount(0)
  await expect(page.getByTestId('problems-pending')).toBeVisible()
  // the real worker finished its report: the page has not seen it yet
  await expect.poll(() => messages(page), { timeout: 120_000 }).toContain('monitoring')
  const order = await messages(page)
  expect(order.indexOf('dashboard')).toBeLessThan(order.indexOf('progress:monitoring'))
  expect(order.indexOf('progress:monitoring')).toBeLessThan(order.indexOf('monitoring'))
  expect(order.indexOf('progress:runs')).toBeLessThan(order.indexOf('dashboard'))

  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/open-project-pending-overview.png`, fullPage: true })
  expect(await seriousViolations(page)).toEqual([])
  await nav(page, /^Drift$/)
  await expect(pending).toContainText('the share of drifted features against the 50 % rule')
  await page.screenshot({ path: `${SHOTS}/open-project-pending-drift.png`, fullPage: true })
  expect(await seriousViolations(page)).toEqual([])
  await nav(page, /^Timeline$/)
  await expect(pending).toContainText('the health chunk by chunk')
  await expect(page.getByTestId('chunk-row')).toHaveCount(0)
  await page.screenshot({ path: `${SHOTS}/open-project-pending-timeline.png`, fullPage: true })
  expect(await seriousViolations(page)).toEqual([])
  await page.getByLabel('Language').selectOption('pt-BR')
  await expect(pending).toContainText(
    'O relatório de monitoramento ainda está sendo calculado neste navegador: a saúde bloco a bloco',
  )
  await expect(banner.getByTestId('monitoring-progress')).toContainText(
    'Calculando o relatório de monitoramento',
  )
  await page.screenshot({ path: `${SHOTS}/open-project-pending-timeline-pt.png`, fullPage: true })
  expect(await seriousViolations(page)).toEqual([])
  await page.getByLabel('Idioma').selectOption('en')

  // the report arrives: the timeline fills in where it stands, the same chunks as npm run build
  const url = page.url()
  await page.evaluate(() =>
    (window as unknown as { releaseMonitoring: () => void }).releaseMonitoring(),
  )
  await expect(page.getByTestId('chunk-row')).toHaveCount(seasons.length)
  await expect(pending).toHaveCount(0)
  expect(page.url()).toBe(url)
  await expect(banner.getByTestId('monitoring-progress')).toContainText(
    /Monitoring report computed \(\d+\.\d s after opening\)/,
  )
  await nav(page, /^Drift$/)
  await expect(page.getByTestId('dataset-drift-share')).toBeVisible()
  await nav(page, /^Overview$/)
  await expect(page.getByTestId('verdict-pending')).toHaveCount(0)
  await expect(page.getByTestId('problems-pending')).toHaveCount(0)
  await expect(page.getByTestId('retrain-signal')).toHaveCount(fired)
  await expect(page.getByTestId('retrain-verdict')).toBeVisible()
})

test('a tab reloaded before the report was done says so in the monitoring views', async ({
  page,
}) => {
  const root = kobePredictions()
  await holdMonitoring(page)
  await page.goto('/')
  await openFolder(page, root)
  await expect(page.getByTestId('monitoring-pending')).toBeVisible()
  // the project was kept when the dashboard showed; the report never reached the page
  await page.goto('/timeline/?source=local')
  await expect(page.getByTestId('local-project-banner')).toBeVisible()
  await expect(page.getByTestId('monitoring-missing')).toHaveText(
    'The monitoring report was not finished when this page was closed, so it is not here: open the project folder again to compute it.',
  )
  await expect(page.getByTestId('monitoring-progress')).toHaveCount(0)
  expect(await seriousViolations(page)).toEqual([])
})
