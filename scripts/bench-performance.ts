/**
 * Performance-view benchmark (not a test): what the view computes when a sidebar filter changes
 * (curves, areas, optima, calibration, the compared models, the ROC/PR traces handed to Plotly),
 * on the shipped rows and comparison scores of a built site (`--data`, default public/data; a
 * tree `npm run bench:ui -- --keep` left holds the 1,000,000-row build's). No browser: the
 * figures are the lib/ work alone, without React or Plotly. Prints, per filter, the median CPU
 * time of the change, of the part the view does at once (the sections on screen; those below
 * the fold, stages marked `below:`, are computed when they scroll into view) and of each stage (less sensitive to other processes than the wall clock,
 * printed beside it) and the load average.
 *
 *   npm run bench:performance
 *   npm run bench:performance -- --data /tmp/bench-ui-123/tree-generated-1M/public/data --repeats 9
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { createTranslator } from '../lib/i18n/translate'
import { calibrationSummary } from '../lib/monitoring/calibration-summary'
import { thresholdOptima } from '../lib/monitoring/threshold-optimum'
import { labelledRows } from '../lib/monitoring/labelled-rows'
import { filteredClfCurve } from '../lib/metrics/score-rank'
import type { LoadedPredictions } from '../lib/predictions/types'
import { parseComparison } from '../lib/site-data/comparison/parse-comparison'
import { parseScoresFile } from '../lib/site-data/comparison/scores-file'
import { filterIndices } from '../lib/site-data/predictions/filter-indices'
import { parseRows } from '../lib/site-data/predictions/parse-rows'
import type { DatasetName } from '../lib/site-data/predictions/snapshot-types'
import { DEFAULT_URL_STATE, type UrlState } from '../lib/url-state/url-state'
import { comparedSide } from '../lib/views/comparison/compared-performance'
import { comparisonPrFigure, comparisonRocFigure } from '../lib/views/comparison/comparison-figures'
import type { FigureContext } from '../lib/views/performance/figure-context'
import { performanceSample } from '../lib/views/performance/performance-sample'
import { performanceSummary } from '../lib/views/performance/performance-summary'
import { prCurveTraces } from '../lib/views/performance/pr-figure'
import { rocCurveTraces } from '../lib/views/performance/roc-figure'
import { argNumber } from './arg-number'

const at = process.argv.indexOf('--data')
const dataDir = resolve(at > 0 ? process.argv[at + 1]! : 'public/data')
const repeats = argNumber('repeats', 7)
const DATASETS: DatasetName[] = ['dev', 'prod']

const ctx: FigureContext = {
  t: createTranslator('en'),
  lang: 'en',
  datasetColors: { dev: '#1f77b4', prod: '#ff7f0e' },
  classColors: { made: '#2ca02c', missed: '#d62728' },
  metricColors: { precision: '#9467bd', recall: '#8c564b', f1: '#2ca02c', accuracy: '#7f7f7f' },
  referenceColor: '#888888',
  backgroundColor: '#ffffff',
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
/** CPU time of this process (ms): on a shared machine it moves far less than the wall clock. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const bytes = (file: string) => new Uint8Array(readFileSync(join(dataDir, file)))

const rows: Record<DatasetName, LoadedPredictions> = {
  dev: await parseRows(bytes('rows-dev.parquet'), 'rows-dev.parquet'),
  prod: await parseRows(bytes('rows-prod.parquet'), 'rows-prod.parquet'),
}
const comparison = parseComparison(bytes('comparison.json'), 'comparison.json')
const models = comparison.models.flatMap((model) =>
  DATASETS.flatMap((dataset) => {
    const file = model.datasets[dataset]?.scoresFile
    if (!file) return []
    return [
      { model, dataset, scores: parseScoresFile(bytes(file.replace(/^\/?data\//, '')), file) },
    ]
  }),
)

/** One filter change: every lib/ function the performance view runs on new indices. */
function filterChange(filter: Partial<UrlState>, times: Record<string, number>) {
  let t = cpuMs()
  const lap = (stage: string) => {
    const now = cpuMs()
    times[stage] = (times[stage] ?? 0) + now - t
    t = now
  }
  const indices = {
    dev: filterIndices(rows.dev.data, { ...DEFAULT_URL_STATE, ...filter }),
    prod: filterIndices(rows.prod.data, { ...DEFAULT_URL_STATE, ...filter }),
  }
  lap('filter rows')
  const summaries = DATASETS.flatMap((name) => {
    const input = performanceSample(name, rows[name], indices[name])
    return input.kind === 'ready' ? [performanceSummary(input)] : []
  })
  lap('curves and summaries')
  rocCurveTraces(summaries, ctx)
  prCurveTraces(summaries, ctx)
  lap('ROC/PR traces')
  // below the fold: the view computes these only when their sections scroll into view
  for (const s of summaries) void [s.brier, s.byThreshold, s.histogram, s.reliability]
  lap(BELOW + 'grids and bins')
  for (const name of DATASETS) {
    const { data } = rows[name]
    const labelled = labelledRows(data.target, data.probability!, indices[name])
    const curve = filteredClfCurve(data.target, data.probability!, indices[name])
    thresholdOptima(labelled.y, labelled.p, undefined, name, curve)
    calibrationSummary(labelled, name)
  }
  lap(BELOW + 'optima and calibration')
  const sides = models.flatMap(({ model, dataset, scores }) => {
    const side = comparedSide(model, dataset, rows[dataset].data.target, scores, indices[dataset])
    return side ? [{ side, color: '#000000' }] : []
  })
  lap(BELOW + 'compared models')
  comparisonRocFigure(sides, ctx)
  comparisonPrFigure(sides, ctx)
  lap(BELOW + 'compared ROC/PR traces')
  return indices.prod.length
}

/** the prefix of the stages below the fold, computed when they scroll into view */
const BELOW = 'below: '

const filters: Record<string, Partial<UrlState>> = {
  'period 1 (Q1)': { period: [1] },
  'no filter': {},
  'periods 1-3': { period: [1, 2, 3] },
}
console.log(
  `${dataDir}: dev ${rows.dev.data.target.length.toLocaleString('en')} rows, prod ` +
    `${rows.prod.data.target.length.toLocaleString('en')} rows, ${comparison.models.length} compared models`,
)
console.log(
  `load average before: ${loadavg()
    .map((v) => v.toFixed(2))
    .join(', ')}`,
)
// the first change also builds each score array's ranking, once per file: not a filter's cost
const first = performance.now()
filterChange({ period: [2] }, {})
console.log(
  `first change (builds the score rankings): ${(performance.now() - first).toFixed(0)} ms`,
)
for (const [label, filter] of Object.entries(filters)) {
  const totals: number[] = []
  const walls: number[] = []
  const stages: Record<string, number[]> = {}
  let prodRows = 0
  for (let i = 0; i < repeats; i++) {
    const times: Record<string, number> = {}
    const start = cpuMs()
    const wall = performance.now()
    prodRows = filterChange(filter, times)
    totals.push(cpuMs() - start)
    walls.push(performance.now() - wall)
    for (const [stage, ms] of Object.entries(times)) (stages[stage] ??= []).push(ms)
  }
  const parts = Object.entries(stages)
    .map(([stage, ms]) => `${stage} ${median(ms).toFixed(1)}`)
    .join(', ')
  const onScreen = Array.from({ length: repeats }, (_, i) =>
    Object.entries(stages)
      .filter(([stage]) => !stage.startsWith(BELOW))
      .reduce((sum, [, ms]) => sum + ms[i]!, 0),
  )
  console.log(
    `${label} (${prodRows.toLocaleString('en')} prod rows): CPU median ${median(totals).toFixed(1)} ms, ` +
      `on screen ${median(onScreen).toFixed(1)} ms [${parts}], wall clock median ${median(walls).toFixed(1)} ms`,
  )
}
console.log(
  `load average after: ${loadavg()
    .map((v) => v.toFixed(2))
    .join(', ')}`,
)
