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
import { readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Browser } from 'playwright-core'
import { toLang, type Lang } from '../lib/i18n/lang'
import { writeFileAtomic } from '../lib/mlflow/filestore-atomic-write'
import {
  courseChartSet,
  courseModelName,
  pickCharts,
  type CourseChart,
} from '../lib/reporting/course-chart-set'
import { CHROMIUM_ARGS, systemChromium } from '../lib/reporting/find-chromium'
import { latestApplicationRun, logChartArtifacts } from '../lib/reporting/log-chart-artifacts'
import { pngSize } from '../lib/reporting/png-size'
import { openTrackingStore } from '../lib/tracking/open-store'
import type { ModelSnapshot } from '../lib/views/what-if/model-snapshot-types'
import { serveOut } from './bench-ui/serve'

const USAGE =
  'usage: npm run export-charts -- [--out data/reporting] [--scale 2] [--lang en|pt-BR] ' +
  '[--only <name,name…>] [--no-mlflow]'
const VIEWPORT = { width: 1280, height: 900 }
const CHART_TIMEOUT = 60_000

interface Options {
  out: string
  scale: number
  lang: Lang
  only: string[] | null
  mlflow: boolean
}

/** Exported chart, as charts.json lists it. */
interface ExportedChart {
  file: string
  page: string
  width: number
  height: number
  scale: number
  bytes: number
}

function parseOptions(argv: string[]): Options | string {
  let values
  try {
    values = parseArgs({
      args: argv,
      options: {
        out: { type: 'string', default: 'data/reporting' },
        scale: { type: 'string', default: '2' },
        lang: { type: 'string', default: 'en' },
        only: { type: 'string' },
        'no-mlflow': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values
  } catch (error) {
    return `${(error as Error).message}\n${USAGE}`
  }
  if (values.help) return USAGE
  const scale = Number(values.scale)
  if (!Number.isFinite(scale) || scale < 0.5 || scale > 8) {
    return `--scale must be a number from 0.5 to 8, got ${values.scale}`
  }
  const lang = toLang(values.lang)
  if (!lang) return `--lang must be en or pt-BR, got ${values.lang}`
  return {
    out: values.out,
    scale,
    lang,
    only: values.only ? values.only.split(',') : null,
    mlflow: !values['no-mlflow'],
  }
}

const log = (line: string) => process.stdout.write(`${line}\n`)
const fail = (line: string) => process.stderr.write(`${line}\n`)

/** The course's chart set for what the build shows: the served model's name, the drift features. */
function chartsOfBuild(site: string): CourseChart[] {
  const model = JSON.parse(readFileSync(join(site, 'data', 'model.json'), 'utf8')) as ModelSnapshot
  const snapshot = JSON.parse(readFileSync(join(site, 'data', 'snapshot.json'), 'utf8')) as {
    drift?: { rows?: { column: string }[] } | null
  }
  const features = (snapshot.drift?.rows ?? []).map((r) =>
    r.column.replace(/[^A-Za-z0-9_-]+/g, '_'),
  )
  return courseChartSet(courseModelName(model.model?.type ?? null), features)
}

/** out/ was built before the Download PNG buttons named their files. */
class StaleBuildError extends Error {}

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

/** Opens each page once and saves the PNG of every chart asked for on it, a line per chart. */
async function exportCharts(
  browser: Browser,
  base: string,
  charts: CourseChart[],
  options: Options,
): Promise<{
  done: ExportedChart[]
  images: { file: string; bytes: Uint8Array }[]
  failed: number
}> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    acceptDownloads: true,
    locale: options.lang,
  })
  await context.addInitScript((scale: number) => {
    window.__pngScale = scale
  }, options.scale)
  const done: ExportedChart[] = []
  const images: { file: string; bytes: Uint8Array }[] = []
  let failed = 0
  const pages = [...new Set(charts.map((c) => c.page))]
  let n = 0
  for (const pagePath of pages) {
    const page = await context.newPage()
    const url = `${base}/${pagePath}${pagePath.includes('?') ? '&' : '?'}lang=${options.lang}`
    await page.goto(url)
    // a build older than export-charts has no data-export-name on its buttons: say so, once
    const anyButton = await page
      .locator('[data-export-name]')
      .first()
      .waitFor({ state: 'attached', timeout: CHART_TIMEOUT / 2 })
      .then(() => true)
      .catch(() => false)
    if (!anyButton) {
      await context.close()
      throw new StaleBuildError(
        `/${pagePath.replace(/\?.*$/, '')} of out/ has no Download PNG button with a data-export-name: out/ is older than export-charts, rebuild it with npm run build.`,
      )
    }
    for (const chart of charts.filter((c) => c.page === pagePath)) {
      n++
      const tag = `[${n}/${charts.length}] ${chart.file}`
      try {
        const button = page.locator(`[data-export-name="${chart.download}"] button`)
        const download = page.waitForEvent('download', { timeout: CHART_TIMEOUT })
        await button.click({ timeout: CHART_TIMEOUT })
        const saved = await (await download).path()
        const bytes = new Uint8Array(await readFile(saved))
        const { width, height } = pngSize(bytes, `the download of ${chart.download}`)
        await writeFileAtomic(join(options.out, chart.file), bytes)
        images.push({ file: chart.file, bytes })
        done.push({
          file: chart.file,
          page: pagePath,
          width,
          height,
          scale: options.scale,
          bytes: bytes.length,
        })
        log(`${tag}: ${width}×${height} px (scale ${options.scale}) from /${pagePath}`)
      } catch (error) {
        failed++
        const why = (error as Error).message.split('\n')[0]
        fail(
          `${tag}: not exported: /${pagePath} shows no chart saved as ${chart.download} (${why})`,
        )
      }
    }
    await page.close()
  }
  await context.close()
  return { done, images, failed }
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
      exported = await exportCharts(browser, server.base, charts, options)
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
