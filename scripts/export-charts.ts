/**
 * Renders the course's chart set from the static build in headless Chromium and saves each
 * picture the dashboard's own "Download PNG" button makes:
 *
 *   npm run export-charts -- [--out data/reporting] [--scale 2] [--lang en|pt-BR]
 *     [--only roc_curve,prediction_map_prod,...] [--no-mlflow]
 *
 * Pages are 1280×900 CSS pixels; a PNG is its chart's CSS size × --scale. The images are then
 * written into the latest PipelineAplicacao run of MLFLOW_TRACKING_URI (else ./mlruns), under
 * artifacts/charts/. A missing build is built first; a missing Chromium is one sentence, exit 1.
 * CHROMIUM_PATH names another Chromium (default: Debian's /usr/bin/chromium, else Playwright's).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { writeFileAtomic } from '../lib/mlflow/filestore/atomic-write'
import {
  comparedChartSet,
  courseChartSet,
  courseModelName,
  pickCharts,
  type CourseChart,
} from '../lib/reporting/course-chart-set'
import { CHROMIUM_ARGS, systemChromium } from '../lib/reporting/find-chromium'
import { latestApplicationRun, logChartArtifacts } from '../lib/reporting/log-chart-artifacts'
import { openTrackingStore } from '../lib/tracking/open-store'
import {
  MODEL_SNAPSHOT_FILE,
  parseModelSnapshot,
} from '../lib/site-data/model/parse-model-snapshot'
import { COMPARISON_SITE_FILE, parseComparison } from '../lib/site-data/comparison/parse-comparison'
import { parseSnapshot, SNAPSHOT_FILE } from '../lib/site-data/predictions/parse-snapshot'
import { serveOut } from './bench-ui/serve'
import { parseOptions, USAGE } from './export-charts/export-options'
import { exportCharts, StaleBuildError, VIEWPORT } from './export-charts/save-chart-pngs'

const log = (line: string) => process.stdout.write(`${line}\n`)
const fail = (line: string) => process.stderr.write(`${line}\n`)

/**
 * The course's chart set for what the build shows: the served model's name, the drift features,
 * then the ROC and confusion matrices of every other compared model (comparison.json, if built).
 */
function chartsOfBuild(site: string): CourseChart[] {
  const model = parseModelSnapshot(readFileSync(join(site, MODEL_SNAPSHOT_FILE)))
  const snapshot = parseSnapshot(readFileSync(join(site, SNAPSHOT_FILE)))
  const features = (snapshot.drift?.rows ?? []).map((r) =>
    r.column.replace(/[^A-Za-z0-9_-]+/g, '_'),
  )
  const shown = courseModelName(model.model && 'type' in model.model ? model.model.type : null)
  const comparison = join(site, COMPARISON_SITE_FILE)
  const compared = existsSync(comparison)
    ? parseComparison(readFileSync(comparison), COMPARISON_SITE_FILE).models
    : []
  return [...courseChartSet(shown, features), ...comparedChartSet(shown, compared)]
}

async function launchChromium(): Promise<Browser | string> {
  const executablePath = process.env.CHROMIUM_PATH || systemChromium()
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  } catch (error) {
    const first = (error as Error).message.split('\n')[0]
    return (
      `Chromium is missing or does not start (${executablePath ?? "Playwright's own browser"}: ${first}): ` +
      "install Debian's chromium (apt-get install chromium) or run npx playwright install chromium."
    )
  }
}

async function logToMlflow(images: { file: string; bytes: Uint8Array }[]): Promise<boolean> {
  const uri = process.env.MLFLOW_TRACKING_URI ?? 'mlruns'
  try {
    const store = await openTrackingStore(uri)
    const run = await latestApplicationRun(store)
    if (!run) {
      fail(
        `Not logged to MLflow: ${store.location} has no PipelineAplicacao run (npm run pipeline makes one).`,
      )
      return false
    }
    const folder = await logChartArtifacts(store, run, images)
    log(
      `Logged ${images.length} images to run ${run.id} (${run.name}) in ${relative(process.cwd(), folder) || folder}`,
    )
    return true
  } catch (error) {
    fail(`Not logged to MLflow: ${(error as Error).message}.`)
    return false
  }
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv)
  if (typeof options === 'string') {
    ;(options === USAGE ? log : fail)(options)
    return options === USAGE ? 0 : 2
  }
  const site = resolve('out')
  if (!existsSync(join(site, 'index.html')) || !existsSync(join(site, 'data', 'snapshot.json'))) {
    log('No static build in out/: building it first with npm run build.')
    const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] })
    if (build.status !== 0 || !existsSync(join(site, 'index.html'))) {
      fail(
        'The static build is missing and npm run build failed: fix the build, then run export-charts again.',
      )
      return 1
    }
  }
  const { charts, unknown } = pickCharts(chartsOfBuild(site), options.only)
  if (unknown.length > 0) {
    fail(
      `--only names no chart: ${unknown.join(', ')} (charts: ${chartsOfBuild(site)
        .map((c) => c.file)
        .join(', ')})`,
    )
    return 2
  }
  const browser = await launchChromium()
  if (typeof browser === 'string') {
    fail(browser)
    return 1
  }
  const server = await serveOut(process.cwd())
  try {
    log(
      `Exporting ${charts.length} chart${charts.length === 1 ? '' : 's'} to ${options.out} (${VIEWPORT.width}×${VIEWPORT.height} page, scale ${options.scale}, ${options.lang})`,
    )
    let exported
    try {
      exported = await exportCharts(browser, server.base, charts, options, log, fail)
    } catch (error) {
      if (!(error instanceof StaleBuildError)) throw error
      fail(error.message)
      return 1
    }
    const { done, images, failed } = exported
    await writeFileAtomic(
      join(options.out, 'charts.json'),
      `${JSON.stringify({ viewport: VIEWPORT, lang: options.lang, charts: done }, null, 2)}\n`,
    )
    if (options.mlflow && images.length > 0) await logToMlflow(images)
    return failed > 0 ? 1 : 0
  } finally {
    await browser.close()
    server.stop()
  }
}

process.exitCode = await main(process.argv.slice(2))
