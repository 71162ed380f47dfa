import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { computeDriftTable, type DriftTable } from '../drift/drift-table'
import { histogramForPlot } from '../drift/histogram-for-plot'
import { binaryMetrics } from '../metrics/binary-metrics'
import { loadPredictionsFile } from '../predictions/load-predictions'
import type { LoadedPredictions } from '../predictions/types'
import type { ParquetTable } from '../parquet/parquet-table'
import type { Problem } from '../tracking/types'
import { featureDriftColumns, outputDriftColumns } from './drift-columns'
import { collectFilterOptions } from './filter-options'
import { writeRowsParquet } from './rows-file'
import { sampleRowIndices } from './sample-rows'
import {
  SNAPSHOT_VERSION,
  type DatasetName,
  type Snapshot,
  type SnapshotDataset,
  type SnapshotHistogram,
} from '../site-data/predictions/snapshot-types'

/** Above this many rows per dataset the browser gets a uniform sample; headline metrics stay exact. */
export const DEFAULT_ROWS_LIMIT = 200_000

export interface SnapshotInputs {
  /** predictions files; null when the user has none for that side */
  dev: string | null
  prod: string | null
  /** folder the site serves as `/data/` (e.g. public/data) */
  outDir: string
  rowsLimit?: number
}

type Loaded = LoadedPredictions & { table: ParquetTable }

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Exact metrics on rows with a label and a valid probability; null when there are none. */
function exactMetrics(loaded: LoadedPredictions): {
  metrics: SnapshotDataset['metrics']
  n: number
} {
  const { target, probability } = loaded.data
  if (!probability) return { metrics: null, n: 0 }
  const y: number[] = []
  const p: number[] = []
  for (let i = 0; i < target.length; i++) {
    if (!Number.isNaN(target[i]!) && !Number.isNaN(probability[i]!)) {
      y.push(target[i]!)
      p.push(probability[i]!)
    }
  }
  return y.length === 0 ? { metrics: null, n: 0 } : { metrics: binaryMetrics(y, p), n: y.length }
}

async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`
  await writeFile(temp, content)
  await rename(temp, path)
}

async function datasetSnapshot(
  name: DatasetName,
  source: string,
  loaded: Loaded,
  outDir: string,
  rowsLimit: number,
): Promise<SnapshotDataset> {
  const rows = loaded.report.rows
  const indices = sampleRowIndices(rows, rowsLimit)
  const bytes = writeRowsParquet(loaded.data, indices)
  const fileName = `rows-${name}.parquet`
  await writeAtomically(join(outDir, fileName), bytes)
  const { metrics, n } = exactMetrics(loaded)
  return {
    name,
    source,
    rows,
    labelledRows: loaded.report.labelledRows,
    shippedRows: indices.length,
    sampled: indices.length < rows,
    rowsFile: `data/${fileName}`,
    rowsFileBytes: bytes.byteLength,
    report: loaded.report,
    metrics,
    metricsRows: n,
  }
}

function driftOf(
  build: () => DriftTable,
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

function histograms(dev: Loaded, prod: Loaded): SnapshotHistogram[] {
  const out: SnapshotHistogram[] = []
  const pairs: [string, ArrayLike<number> | undefined, ArrayLike<number> | undefined][] = [
    ...Object.keys(dev.data.features).map(
      (k) =>
        [k, dev.data.features[k], prod.data.features[k]] as [string, Float64Array, Float64Array],
    ),
    ['prediction_score', dev.data.probability ?? undefined, prod.data.probability ?? undefined],
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

/**
 * Reads the predictions files, writes the rows files and `snapshot.json` into outDir, and
 * returns the snapshot. A file that cannot be read becomes a problem; the other side still
 * builds, so the dashboard explains what is missing instead of failing.
 */
export async function buildSnapshot(inputs: SnapshotInputs): Promise<Snapshot> {
  const rowsLimit = inputs.rowsLimit ?? DEFAULT_ROWS_LIMIT
  await mkdir(inputs.outDir, { recursive: true })
  const problems: Problem[] = []
  const loaded: Partial<Record<DatasetName, Loaded>> = {}
  const datasets: Snapshot['datasets'] = { dev: null, prod: null }
  const loadAndShip = async (name: DatasetName, source: string): Promise<boolean> => {
    try {
      const file = await loadPredictionsFile(source)
      loaded[name] = file
      datasets[name] = await datasetSnapshot(name, source, file, inputs.outDir, rowsLimit)
      return true
    } catch (error) {
      problems.push({ path: source, message: describe(error) })
      return false
    }
  }
  for (const name of ['dev', 'prod'] as const) {
    const source = inputs[name]
    // a rows file from an earlier build must not outlive the dataset it described
    if (!source || !(await loadAndShip(name, source))) {
      await rm(join(inputs.outDir, `rows-${name}.parquet`), { force: true })
    }
    if (!source) {
      problems.push({ path: name, message: `no ${name} predictions file was given` })
      continue
    }
  }
  const { dev, prod } = loaded
  const both = dev && prod
  const snapshot: Snapshot = {
    version: SNAPSHOT_VERSION,
    generatedAt: new Date().toISOString(),
    rowsLimit,
    datasets,
    filterOptions: collectFilterOptions([dev?.data, prod?.data]),
    drift: both
      ? driftOf(
          () =>
            computeDriftTable(
              featureDriftColumns(dev, dev.table),
              featureDriftColumns(prod, prod.table),
            ),
          'feature drift',
          problems,
          prod.table.file,
        )
      : null,
    outputDrift: both
      ? driftOf(
          () => {
            const ref = outputDriftColumns(dev)
            const cur = outputDriftColumns(prod)
            const columns = Object.keys(ref).filter((k) => k in cur)
            return computeDriftTable(ref, cur, { columns })
          },
          'output drift',
          problems,
          prod.table.file,
        )
      : null,
    histograms: both ? histograms(dev, prod) : [],
    problems,
  }
  await writeAtomically(join(inputs.outDir, 'snapshot.json'), JSON.stringify(snapshot))
  return snapshot
}
