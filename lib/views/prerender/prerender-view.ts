import type { ChunkResult } from '../../monitoring/chunk-report'
import type { LoadedPredictions } from '../../predictions/types'
import type { MonitoringSite } from '../../site-data/monitoring/monitoring-site-types'
import { filterIndices } from '../../site-data/predictions/filter-indices'
import type { DatasetName, Snapshot } from '../../site-data/predictions/snapshot-types'
import type {
  RunRecord,
  RunsExperiment,
  RunsSnapshot,
} from '../../site-data/runs/runs-snapshot-types'
import { DEFAULT_URL_STATE } from '../../url-state/url-state'
import { applyDriftMethod, type ViewDriftTable } from '../drift/apply-drift-method'
import { parseDriftMethodParam } from '../drift/drift-method-choice'
import { assessHealth, type HealthVerdict } from '../overview/health-verdict'
import { metricCards, type MetricCard } from '../overview/metric-cards'
import { overviewAtThreshold, overviewHealth } from '../overview/overview-at-threshold'
import { overviewDrift } from '../overview/overview-drift'
import { overviewSample } from '../overview/overview-sample'
import { performanceSample } from '../performance/performance-sample'
import { performanceSummary } from '../performance/performance-summary'
import { thresholdPoints, type DatasetThresholdMetrics } from '../performance/threshold-points'
import { defaultColumns } from '../runs/default-columns'
import type { RunColumn } from '../runs/run-columns'
import { selectExperiment } from '../runs/select-experiment'
import { readChoice } from '../timeline/choice-param'
import { CHUNKING_PARAM } from '../timeline/chunking-param'

/**
 * The default view of each route (no filters, threshold 0.5, lang en) as a small view-model
 * computed at build time from the site files, so the static HTML holds the numbers. Never rows:
 * only the figures the first screen shows.
 */
export interface OverviewPrerender {
  threshold: number
  verdict: HealthVerdict
  driftError: string | null
  cards: MetricCard[]
  labelled: { dev: number; prod: number }
}

export interface DriftPrerender {
  table: ViewDriftTable
  /** rows behind the build's table */
  rows: { dev: number; prod: number }
}

export interface PerformancePrerender {
  threshold: number
  points: DatasetThresholdMetrics
  auc: Partial<Record<DatasetName, number>>
}

export interface TimelinePrerender {
  chunks: ChunkResult[]
  metric: string
  trusted: boolean
}

export interface RunsPrerender {
  experiment: RunsExperiment | null
  runs: RunRecord[]
  columns: RunColumn[]
}

/** The site files a view's default state is computed from (null: not in this build). */
export interface PrerenderInputs {
  snapshot: Snapshot | null
  rows: Partial<Record<DatasetName, LoadedPredictions>>
  monitoring: MonitoringSite | null
  runs: RunsSnapshot | null
}

const DATASETS: readonly DatasetName[] = ['dev', 'prod']

/** Every row of a dataset, through the same filter code the browser runs (no filter set). */
const allRows = (loaded: LoadedPredictions) => filterIndices(loaded.data, DEFAULT_URL_STATE)

export function prerenderOverview({
  snapshot,
  rows,
  monitoring,
}: PrerenderInputs): OverviewPrerender | null {
  if (!snapshot || (!rows.dev && !rows.prod)) return null
  const { threshold } = DEFAULT_URL_STATE
  const sides = Object.fromEntries(
    DATASETS.map((name) => {
      const loaded = rows[name]
      if (!loaded) return [name, null]
      const indices = allRows(loaded)
      const sample = overviewSample(name, loaded, indices)
      return [name, { loaded, indices, sample, at: overviewAtThreshold(sample, threshold) }]
    }),
  ) as Record<
    DatasetName,
    null | {
      loaded: LoadedPredictions
      indices: Uint32Array
      sample: ReturnType<typeof overviewSample>
      at: ReturnType<typeof overviewAtThreshold>
    }
  >
  const driftSide = (name: DatasetName) => {
    const side = sides[name]
    return side && { data: side.loaded.data, indices: side.indices }
  }
  const drift = overviewDrift(snapshot.drift, snapshot.columns, driftSide('dev'), driftSide('prod'))
  const verdict = assessHealth({
    threshold,
    dev: overviewHealth(sides.dev?.at ?? null, snapshot.datasets.dev),
    prod: overviewHealth(sides.prod?.at ?? null, snapshot.datasets.prod),
    drift: drift.status === 'ready' ? drift.table : null,
    signals: monitoring?.report?.signals ?? null,
  })
  return {
    threshold,
    verdict,
    driftError: drift.status === 'error' ? drift.message : null,
    cards: metricCards(sides.dev?.at.metrics ?? null, sides.prod?.at.metrics ?? null),
    labelled: {
      dev: sides.dev?.sample.counts.labelled ?? 0,
      prod: sides.prod?.sample.counts.labelled ?? 0,
    },
  }
}

export function prerenderDrift({ snapshot }: PrerenderInputs): DriftPrerender | null {
  if (!snapshot?.drift) return null
  return {
    table: applyDriftMethod(snapshot.drift, parseDriftMethodParam('').choice),
    rows: { dev: snapshot.datasets.dev?.rows ?? 0, prod: snapshot.datasets.prod?.rows ?? 0 },
  }
}

export function prerenderPerformance({ rows }: PrerenderInputs): PerformancePrerender | null {
  const summaries = DATASETS.flatMap((name) => {
    const loaded = rows[name]
    if (!loaded) return []
    const input = performanceSample(name, loaded, allRows(loaded))
    return input.kind === 'ready' ? [performanceSummary(input)] : []
  })
  if (summaries.length === 0) return null
  const { threshold } = DEFAULT_URL_STATE
  return {
    threshold,
    points: thresholdPoints(summaries, threshold),
    auc: Object.fromEntries(summaries.map((s) => [s.sample.name, s.auc])),
  }
}

export function prerenderTimeline({ monitoring }: PrerenderInputs): TimelinePrerender | null {
  const report = monitoring?.report
  if (!report) return null
  const chunking = readChoice(CHUNKING_PARAM, '').value
  return {
    chunks: report.chunks.filter((c) => c.chunking === chunking),
    metric: String(report.params.reactive_metric),
    trusted: report.estimate.validity?.trustworthy ?? false,
  }
}

export function prerenderRuns({ runs: snapshot }: PrerenderInputs): RunsPrerender | null {
  if (!snapshot || snapshot.unavailable) return null
  const experiment = selectExperiment(snapshot, null, null)
  // the table's columns only: artifact listings and history pointers stay in runs.json
  const runs = snapshot.runs
    .filter((run) => run.experimentId === experiment?.id)
    .map((run) => ({ ...run, artifacts: [], histories: [] }))
  return { experiment, runs, columns: defaultColumns(runs) }
}
