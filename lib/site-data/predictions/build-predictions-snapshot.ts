import type { DriftTable } from '../../drift/drift-table'
import { histogramForPlot } from '../../drift/histogram-for-plot'
import { labelledMetrics } from '../../metrics/labelled-metrics'
import type { LoadedPredictions, PredictionsData } from '../../predictions/types'
import type { Problem } from '../../tracking/types'
import { sinkOf } from '../directory-site-sink'
import { siteJson, type SiteFileSink } from '../site-file-sink'
import { columnKinds } from './column-kinds'
import { collectFilterOptions } from './filter-options'
import { featureDrift, outputDrift } from './predictions-drift'
import type { PredictionsAggregates, PredictionsInput } from './predictions-input'
import { writeRowsParquet } from './rows-file'
import { sampleRowIndices } from './sample-rows'
import {
  SNAPSHOT_VERSION,
  type DatasetName,
  type Snapshot,
  type SnapshotDataset,
  type SnapshotHistogram,
} from './snapshot-types'

/** Above this many rows per dataset the browser gets a uniform sample; headline metrics stay exact. */
export const DEFAULT_ROWS_LIMIT = 200_000

export interface PredictionsSnapshotInputs {
  /** the predictions files as loadSiteInputs read them; null when the user has none for that side */
  dev: PredictionsInput | null
  prod: PredictionsInput | null
  /** folder the site serves as `/data/` (e.g. public/data), or `sink` */
  outDir?: string
  /** where the files go instead of outDir (a project opened in the page keeps them in memory) */
  sink?: SiteFileSink
  rowsLimit?: number
}

type ReadInput = Extract<PredictionsInput, { status: 'read' }>

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Exact metrics on rows with a label and a valid probability; null when there are none. */
function exactMetrics(loaded: LoadedPredictions): {
  metrics: SnapshotDataset['metrics']
  n: number
} {
  const { target, probability } = loaded.data
  return probability ? labelledMetrics(target, probability) : { metrics: null, n: 0 }
}

async function datasetSnapshot(
  name: DatasetName,
  input: ReadInput,
  sink: SiteFileSink,
  rowsLimit: number,
  exact: { metrics: SnapshotDataset['metrics']; n: number },
): Promise<SnapshotDataset> {
  const loaded = input.predictions
  const rows = loaded.report.rows
  // an engine's input holds only the rows to ship (see PredictionsInput)
  const indices = input.engine
    ? sampleRowIndices(loaded.data.target.length, Infinity)
    : sampleRowIndices(rows, rowsLimit)
  const fileName = `rows-${name}.parquet`
  const bytes = await sink.write(fileName, writeRowsParquet(loaded.data, indices))
  const { metrics, n } = exact
  return {
    name,
    source: input.source,
    rows,
    labelledRows: loaded.report.labelledRows,
    shippedRows: indices.length,
    sampled: indices.length < rows,
    rowsFile: `data/${fileName}`,
    rowsFileBytes: bytes,
    report: loaded.report,
    metrics,
    metricsRows: n,
  }
}

function driftOf(
  build: () => DriftTable | null,
  what: string,
  problems: Problem[],
  path: string,
): DriftTable | null {
  try {
    return build()
  } catch (error) {
    problems.push({ path, message: `${what} not computed: ${describe(error)}` })
    return null
  }
}

function histograms(dev: PredictionsData, prod: PredictionsData): SnapshotHistogram[] {
  const out: SnapshotHistogram[] = []
  const pairs: [string, ArrayLike<number> | undefined, ArrayLike<number> | undefined][] = [
    ...Object.keys(dev.features).map(
      (k) => [k, dev.features[k], prod.features[k]] as [string, Float64Array, Float64Array],
    ),
    ['prediction_score', dev.probability ?? undefined, prod.probability ?? undefined],
  ]
  for (const [column, ref, cur] of pairs) {
    if (!ref || !cur) continue
    try {
      out.push({ column, ...histogramForPlot(ref, cur, 30) })
    } catch {
      // an all-missing column has no histogram; the drift table's `skipped` says why
    }
  }
  return out
}

/** The in-JavaScript aggregates over the rows already read (metrics: per dataset, below). */
function jsAggregates(
  dev: ReadInput | undefined,
  prod: ReadInput | undefined,
  problems: Problem[],
): PredictionsAggregates {
  const columns = dev && prod ? columnKinds(dev, prod) : {}
  const devSide = dev && { data: dev.predictions.data, indices: null }
  const prodSide = prod && { data: prod.predictions.data, indices: null }
  const both = devSide && prodSide
  return {
    metrics: { dev: null, prod: null },
    filterOptions: collectFilterOptions([devSide?.data, prodSide?.data]),
    columns,
    drift: both
      ? driftOf(
          () => featureDrift(devSide, prodSide, columns),
          'feature drift',
          problems,
          prod!.source,
        )
      : null,
    outputDrift: both
      ? driftOf(() => outputDrift(devSide, prodSide), 'output drift', problems, prod!.source)
      : null,
    histograms: both ? histograms(devSide.data, prodSide.data) : [],
  }
}

/**
 * Builds `snapshot.json` and the rows files into outDir from the predictions files already
 * read, and returns the snapshot. A file that could not be read becomes a problem; the other
 * side still builds, so the dashboard explains what is missing instead of failing.
 */
export async function buildPredictionsSnapshot(
  inputs: PredictionsSnapshotInputs,
): Promise<Snapshot> {
  const rowsLimit = inputs.rowsLimit ?? DEFAULT_ROWS_LIMIT
  const sink = sinkOf(inputs)
  const problems: Problem[] = []
  const read: Partial<Record<DatasetName, ReadInput>> = {}
  for (const name of ['dev', 'prod'] as const) {
    const input = inputs[name]
    if (input?.status === 'read') {
      read[name] = input
      continue
    }
    // a rows file from an earlier build must not outlive the dataset it described
    await sink.remove(`rows-${name}.parquet`)
    if (input) problems.push({ path: input.source, message: input.error })
    else problems.push({ path: name, message: `no ${name} predictions file was given` })
  }
  const { dev, prod } = read
  // a file too large for JavaScript: its engine aggregates both sides where the rows are
  const engine = dev?.engine ?? prod?.engine
  const aggregates = engine
    ? await engine.aggregate(dev ?? null, prod ?? null, problems)
    : jsAggregates(dev, prod, problems)
  const datasets: Snapshot['datasets'] = { dev: null, prod: null }
  for (const name of ['dev', 'prod'] as const) {
    const input = read[name]
    if (input) {
      const metrics = aggregates.metrics[name] ?? exactMetrics(input.predictions)
      datasets[name] = await datasetSnapshot(name, input, sink, rowsLimit, metrics)
    }
  }
  const snapshot: Snapshot = {
    version: SNAPSHOT_VERSION,
    generatedAt: new Date().toISOString(),
    rowsLimit,
    datasets,
    filterOptions: aggregates.filterOptions,
    columns: aggregates.columns,
    drift: aggregates.drift,
    outputDrift: aggregates.outputDrift,
    histograms: aggregates.histograms,
    problems,
  }
  await sink.write('snapshot.json', siteJson(snapshot))
  return snapshot
}
