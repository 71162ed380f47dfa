/**
 * UI benchmark (not a test): builds the dashboard in scratch copies of this tree for two data
 * sets — (a) the Kobe predictions the pipeline wrote (data/output), (b) a generated prod file
 * of --rows rows (default 1,000,000) plus a generated dev file of min(rows, 200,000) rows, both
 * Kobe rows resampled with jitter — serves each out/ with sirv and drives Chromium: per view the
 * bytes transferred and the time to charts ready; on /, /performance/, /court/ (and /drift/, filter only) the latency of
 * a threshold change and of a filter change. Prints a table per data set, then a JSON blob.
 *
 *   npm run bench:ui                      # Kobe + 1M rows
 *   npm run bench:ui -- --skip-1m         # Kobe only
 *   npm run bench:ui -- --rows 300000 --loads 3 --repeats 5 --keep
 *   npm run bench:ui -- --open-only         # only "Open a project", on the out/ already built
 *   npm run bench:ui -- --open-only --large-rows 9000000   # … also a ~200 MB prod file (sampled)
 *   npm run bench:ui -- --open-only --picker  # … also the runs store through the folder picker
 *   npm run bench:ui -- --open-only --skip-runs --skip-1m  # … Kobe alone (and --large-rows N)
 *   npm run bench:ui -- --paint-only        # only first paint, on the out/ already built
 *
 * For each data set it also times "Open a project" (measure-open-project.ts): from handing the
 * project folder to the page to the overview showing its prod rows, all computed in the page's
 * worker. The Kobe project folder is data/output + mlruns; the generated one holds the two
 * generated files. With --open-only also the Kobe predictions beside a generated FileStore of
 * --runs runs (default 600) and, with --large-rows N, a generated N-row prod file (sampled by
 * the page above PAGE_ROWS_LIMIT rows).
 * And per view the first paint, of the first numbers (the verdict…) and of the first chart,
 * beside an empty Next.js static page built and served the same way (measure-first-paint.ts;
 * target: first numbers within 1.5× the empty page's first paint).
 */
import { cpSync, existsSync, mkdirSync, realpathSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildTree, commonAncestor, copyTree, patchNextConfig } from './bench-ui/build-tree'
import { formatReport, type DatasetReport } from './bench-ui/format-report'
import { generatePredictions } from './bench-ui/generate-predictions'
import { launch, measureInteractions, measureLoads } from './bench-ui/measure-views'
import {
  measureOpenProject,
  type OpenProjectTiming,
  type OpenVia,
} from './bench-ui/measure-open-project'
import {
  buildEmptyNextSite,
  FIRST_NUMBERS,
  formatFirstPaint,
  measureFirstPaint,
  type FirstPaint,
} from './bench-ui/measure-first-paint'
import { serveOut } from './bench-ui/serve'
import { writeManyRunsStore } from './many-runs-store'
import { PAGE_ROWS_LIMIT } from '../lib/virtual-fs/read-parquet-file-page'
import { argNumber } from './arg-number'

const flag = (name: string) => process.argv.includes(`--${name}`)

const root = process.cwd()
const rows = argNumber('rows', 1_000_000)
const devRows = argNumber('dev-rows', Math.min(rows, 200_000))
const loads = argNumber('loads', 3)
const repeats = argNumber('repeats', 5)
const timeout = argNumber('timeout-ms', 120_000)
// a 1,000,000-row project builds in the page for minutes on a shared 2-core machine
const openTimeout = argNumber('open-timeout-ms', 900_000)
const work = join(tmpdir(), `bench-ui-${process.pid}`)
const log = (line: string) => console.log(line)

const devSource = resolve(root, 'data/output/predictions_dev.parquet')
const prodSource = resolve(root, 'data/output/predictions_prod.parquet')
for (const file of [devSource, prodSource]) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run pipeline\` first`)
}

/** A project folder as a student has it: the predictions files and, for Kobe, mlruns/. */
function projectFolder(label: string, dev: string, prod: string, withStore: boolean): string {
  const folder = join(work, `project-${label}`)
  mkdirSync(join(folder, 'data/output'), { recursive: true })
  cpSync(dev, join(folder, 'data/output/predictions_dev.parquet'))
  cpSync(prod, join(folder, 'data/output/predictions_prod.parquet'))
  if (withStore) cpSync(join(root, 'mlruns'), join(folder, 'mlruns'), { recursive: true })
  return folder
}

/**
 * The Kobe predictions beside a generated FileStore of `runs` runs in one experiment (10 params,
 * 6 metrics of 10 steps each), as a hyperparameter search leaves it (534 runs is a real case).
 */
async function manyRunsFolder(runs: number): Promise<string> {
  const folder = projectFolder(`runs-${runs}`, devSource, prodSource, false)
  await writeManyRunsStore(join(folder, 'mlruns'), { runs, metrics: 6, steps: 10, params: 10 })
  return folder
}

const paints: { label: string; empty: FirstPaint; views: FirstPaint[] }[] = []
let emptySite: string | null = null

/** First paint of every view on `base`, beside the empty Next.js page (built once). */
async function timeFirstPaint(base: string, label: string) {
  if (!emptySite) {
    log('building the empty Next.js page (the first-paint reference) …')
    const modules = realpathSync(join(root, 'node_modules'))
    emptySite = await buildEmptyNextSite(work, modules, commonAncestor(realpathSync(work), modules))
  }
  const empty = await serveOut(emptySite)
  const browser = await launch()
  try {
    log(`[${label}] first paint (${loads} cold loads per view)`)
    // the machine is shared: the load and the empty page's paint before and after the views
    // show whether the conditions changed while they were measured (a fair ratio needs both)
    const loadBefore = loadavg()[0]!
    const [reference] = await measureFirstPaint(browser, empty.base, ['/'], loads, timeout, true)
    const views = await measureFirstPaint(browser, base, Object.keys(FIRST_NUMBERS), loads, timeout)
    const [after] = await measureFirstPaint(browser, empty.base, ['/'], loads, timeout, true)
    paints.push({ label, empty: { ...reference!, view: 'empty Next.js page' }, views })
    log(formatFirstPaint(label, reference!, views))
    const ms = (v: number | null | undefined) => (v == null ? '–' : `${Math.round(v)} ms`)
    log(
      `empty page again after the views: ${ms(after?.fcpMs)}; 1-minute load average ` +
        `${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after (2 cores: above ~1, the figures are noisy)`,
    )
  } finally {
    await browser.close()
    empty.stop()
  }
}

const openTimings: OpenProjectTiming[] = []
const openRepeats = argNumber('open-repeats', 3)

async function timeOpening(
  base: string,
  folder: string,
  prodRows: number,
  label: string,
  via: OpenVia = 'input',
) {
  const browser = await launch()
  try {
    log(`[${label}] open a project (${openRepeats} times, through the ${via}): ${folder}`)
    const timing = await measureOpenProject(
      browser,
      base,
      folder,
      prodRows,
      openRepeats,
      openTimeout,
      via,
    )
    openTimings.push(timing)
    log(formatOpening(label, timing))
  } finally {
    await browser.close()
  }
}

const tasks = (t: OpenProjectTiming, side: 'building' | 'switching') =>
  t.longTasks.map((l) => `${l[side].longest}/${l[side].blocking}`).join(', ') + ' ms'

function formatOpening(label: string, t: OpenProjectTiming): string {
  const ms = (values: number[]) => values.map((v) => `${Math.round(v)}`).join(', ')
  const stages = t.stages.at(-1) ?? {}
  return (
    `open a project [${label}, ${t.via}]: folder chosen → overview showing its prod rows: ${ms(t.openMs)} ms; ` +
    `→ monitoring report filled in: ${ms(t.monitoringMs)} ms; ` +
    `worker build ${ms(t.workerMs)} ms; main thread while it built (longest task / total ` +
    `blocking time over 50 ms): ${tasks(t, 'building')}; while the views switched: ` +
    `${tasks(t, 'switching')}; stages (last run, ms from start): ` +
    Object.entries(stages)
      .map(([stage, at]) => `${stage} ${at}`)
      .join(', ')
  )
}

async function benchmark(
  label: string,
  env: Record<string, string>,
  sizes: { dev: number; prod: number },
  project?: string,
): Promise<DatasetReport> {
  const tree = join(work, `tree-${label.replace(/\W+/g, '-')}`)
  log(`\n[${label}] copying the tree to ${tree}`)
  copyTree(root, tree)
  patchNextConfig(tree, root)
  const build = await buildTree(tree, env, (line) => log(`[${label}] ${line}`))
  const report: DatasetReport = {
    label,
    devRows: sizes.dev,
    prodRows: sizes.prod,
    build,
    loads: [],
    latencies: [],
    problems: [],
  }
  if (build.buildData.exitCode !== 0 || build.nextBuild?.exitCode !== 0) {
    const failed = build.buildData.exitCode !== 0 ? build.buildData : build.nextBuild!
    report.problems.push(`${failed.command} exited ${failed.exitCode}:\n${failed.tail}`)
    return report
  }
  const server = await serveOut(tree)
  const browser = await launch()
  try {
    log(`[${label}] page loads (${loads} per view, cold cache) on ${server.base}`)
    report.loads = await measureLoads(browser, server.base, loads, timeout, log)
    log(`[${label}] threshold and filter changes (${repeats} each)`)
    report.latencies = await measureInteractions(browser, server.base, repeats, timeout, log)
    if (project) await timeOpening(server.base, project, sizes.prod, label)
    await timeFirstPaint(server.base, label)
  } catch (error) {
    report.problems.push(`measuring: ${(error as Error).message.split('\n')[0]}`)
  } finally {
    await browser.close()
    server.stop()
  }
  return report
}

async function countRows(file: string): Promise<number> {
  const { readParquetFile } = await import('../lib/parquet/read-parquet-file')
  return (await readParquetFile(file, { columns: ['shot_id'] })).numRows
}

mkdirSync(work, { recursive: true })
const reports: DatasetReport[] = []
const generated: Record<string, unknown> = {}
try {
  const kobeRows = { dev: await countRows(devSource), prod: await countRows(prodSource) }
  const kobeProject = projectFolder('kobe', devSource, prodSource, true)
  if (flag('paint-only')) {
    if (!existsSync(join(root, 'out/index.html'))) throw new Error('build the site first')
    const server = await serveOut(root)
    try {
      await timeFirstPaint(server.base, 'kobe (out/)')
    } finally {
      server.stop()
    }
  } else if (flag('open-only')) {
    if (!existsSync(join(root, 'out/project-worker.js'))) throw new Error('build the site first')
    const server = await serveOut(root)
    try {
      await timeOpening(server.base, kobeProject, kobeRows.prod, 'kobe')
      const runs = argNumber('runs', 600)
      const manyRuns = flag('skip-runs') ? null : await manyRunsFolder(runs)
      // the webkitdirectory input (the page hands the files over) and, with --picker, the folder
      // picker's handle (the worker walks it; copying the store into the OPFS first takes minutes)
      if (manyRuns) await timeOpening(server.base, manyRuns, kobeRows.prod, `runs-${runs}`, 'input')
      if (manyRuns && flag('picker'))
        await timeOpening(server.base, manyRuns, kobeRows.prod, `runs-${runs}`, 'handle')
      const large = process.argv.includes('--large-rows') ? argNumber('large-rows', 1) : 0
      if (large > 0) {
        // a file larger than the page keeps: the page reads its seeded sample of PAGE_ROWS_LIMIT
        const dev = join(work, 'large_predictions_dev.parquet')
        const prod = join(work, 'large_predictions_prod.parquet')
        await generatePredictions(devSource, dev, devRows, 11)
        const { bytes } = await generatePredictions(prodSource, prod, large, 7)
        log(`generated ${large.toLocaleString('en')} prod rows: ${(bytes / 1048576).toFixed(0)} MB`)
        const folder = projectFolder(`large-${large}`, dev, prod, false)
        await timeOpening(server.base, folder, Math.min(large, PAGE_ROWS_LIMIT), `large-${large}`)
      }
      if (!flag('skip-1m')) {
        const dev = join(work, 'generated_predictions_dev.parquet')
        const prod = join(work, 'generated_predictions_prod.parquet')
        await generatePredictions(devSource, dev, devRows, 11)
        await generatePredictions(prodSource, prod, rows, 7)
        const folder = projectFolder(`${rows}`, dev, prod, false)
        await timeOpening(server.base, folder, rows, `generated-${rows}`)
      }
    } finally {
      server.stop()
    }
  } else {
    reports.push(await benchmark('kobe', {}, kobeRows, kobeProject))
    log(formatReport(reports[0]!))
  }
  if (!flag('skip-1m') && !flag('open-only') && !flag('paint-only')) {
    const dev = join(work, 'generated_predictions_dev.parquet')
    const prod = join(work, 'generated_predictions_prod.parquet')
    const t0 = performance.now()
    const d = await generatePredictions(devSource, dev, devRows, 11)
    const p = await generatePredictions(prodSource, prod, rows, 7)
    Object.assign(generated, {
      devRows,
      prodRows: rows,
      devBytes: d.bytes,
      prodBytes: p.bytes,
      prodNullShare: p.nullShare,
      seconds: (performance.now() - t0) / 1000,
    })
    log(
      `\ngenerated ${rows.toLocaleString('en')} prod rows (${(p.bytes / 1048576).toFixed(1)} MB, ` +
        `${(100 * p.nullShare).toFixed(1)} % unlabelled) and ${devRows.toLocaleString('en')} dev rows ` +
        `(${(d.bytes / 1048576).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    )
    const label = `generated-${rows >= 1e6 && rows % 1e6 === 0 ? `${rows / 1e6}M` : rows}`
    reports.push(
      await benchmark(
        label,
        { MONITOR_PREDICTIONS_DEV: dev, MONITOR_PREDICTIONS_PROD: prod },
        { dev: devRows, prod: rows },
        projectFolder(label, dev, prod, false),
      ),
    )
    log(formatReport(reports[1]!))
  }
} finally {
  if (flag('keep')) log(`\nkept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}

console.log('\n=== summary ===')
for (const r of reports) console.log(formatReport(r))
for (const t of openTimings) console.log(formatOpening(t.project.split('/').at(-1)!, t))
for (const p of paints) console.log(formatFirstPaint(p.label, p.empty, p.views))
const json = {
  generated,
  openProject: openTimings,
  firstPaint: paints,
  datasets: reports.map((r) => ({
    ...r,
    build: {
      ...r.build,
      buildData: { ...r.build.buildData, tail: undefined },
      nextBuild: r.build.nextBuild && { ...r.build.nextBuild, tail: undefined },
    },
  })),
}
console.log('\nBENCH_UI_JSON ' + JSON.stringify(json))
