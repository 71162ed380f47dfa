import { expect as baseExpect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// `npm run monitor` on a copy of the pipeline's store and files, then that folder opened in the
// page (the site's own "Open a project": the runs are read in the page's worker, so the spec
// needs no second `next build`): the logged `Monitoramento` run is on the runs page.
const expect = baseExpect.configure({ timeout: 30_000 })

let work = ''
test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

test('the Monitoramento run npm run monitor logs appears on the runs page', async ({ page }) => {
  test.setTimeout(240_000)
  work = mkdtempSync(join(tmpdir(), 'monitor-run-'))
  cpSync('mlruns', join(work, 'mlruns'), { recursive: true })
  cpSync('data/output/predictions_dev.parquet', join(work, 'predictions_dev.parquet'))
  cpSync('data/output/predictions_prod.parquet', join(work, 'predictions_prod.parquet'))
  const monitor = spawnSync('npx', ['tsx', 'scripts/monitor.ts', '--draws', '20'], {
    env: { ...process.env, MONITOR_PROJECT: work },
    encoding: 'utf8',
  })
  expect(monitor.status, monitor.stderr).toBe(0)
  // the summary is on stdout, progress (and where the run went) on stderr
  expect(monitor.stdout).toContain('SIGNAL reactive: f1_score degraded by 100.0%')
  const logged = /logged run Monitoramento ([0-9a-f]{32}) to (\S+) \(experiment (\w+)\)/.exec(
    monitor.stderr,
  )
  expect(logged, monitor.stderr).not.toBeNull()
  const [, runId, root, experiment] = logged!
  expect(root).toBe(join(work, 'mlruns'))
  const runDir = join(root!, experiment!, runId!)
  const verdict = readFileSync(join(runDir, 'tags', 'monitor.verdict'), 'utf8')
  expect(verdict).toBe('retrain')
  const share = Number(
    readFileSync(join(runDir, 'metrics', 'dataset_drift.share'), 'utf8')
      .trim()
      .split(' ')[1],
  )
  expect(share).toBeCloseTo(4 / 6, 6)

  await page.goto('/runs/')
  await page.getByRole('banner').getByRole('button', { name: 'Open a project' }).click()
  await page.getByTestId('open-project-folder').setInputFiles(work)
  await expect(page.getByTestId('local-project-banner')).toBeVisible({ timeout: 120_000 })
  const row = page.locator(`tr[data-run-id="${runId}"]`)
  await expect(row).toBeVisible({ timeout: 60_000 })
  await expect(row).toContainText('Monitoramento')
  await row.getByRole('button', { name: 'Monitoramento', exact: true }).click()
  const details = page.getByTestId('run-details')
  await expect(details.getByRole('heading', { name: 'Run Monitoramento' })).toBeVisible()
  const metrics = details.getByRole('table', { name: /^Metrics, latest value/ })
  await expect(metrics.getByRole('row', { name: /^dataset_drift\.share/ })).toContainText(
    share.toFixed(4),
  )
})
