import { brierScore } from '../metrics/brier-score'
import { logLoss } from '../metrics/log-loss'
import { rocAuc } from '../metrics/roc-auc'
import { scoresFromConfusion } from '../metrics/classification-scores'
import { SeededStream } from '../model/seeded-random'
import { multinomialDraw } from './binomial-draw'
import type { LabelledRows } from './labelled-rows'
import { LOWER_IS_BETTER } from './metric-set'
import { asReason, reason, reasonText, type Reason } from './reason'

/** Columns sliced when the file has them (features or context). */
export const SLICE_COLUMNS = [
  'shot_zone_area',
  'shot_zone_basic',
  'shot_zone_range',
  'period',
  'playoffs',
  'action_type',
  'opponent',
] as const

/** Slices with fewer labelled rows carry a reason instead of a number. */
export const MIN_SLICE_ROWS = 30

/**
 * Above this many rows a bootstrap draw of a mean loss or ROC AUC resamples this many
 * (m-out-of-n bootstrap) and the spread around the full-sample value is rescaled by √(m / n): the
 * cost stays bounded on a million-row slice while the interval keeps its width (the metrics are
 * √n-consistent). A confusion metric's draws resample every row (they cost no more).
 */
export const MAX_BOOTSTRAP_ROWS = 20_000

export interface SliceResult {
  column: string
  value: string
  /** rows of the slice, and how many carry a label and a score */
  rows: number
  labelled: number
  metric: string
  value_metric: number | null
  /** seeded bootstrap percentile interval [2.5 %, 97.5 %] */
  ci: [number, number] | null
  /** |slice − overall| */
  distance: number | null
  /** whether the slice does worse or better than overall (log loss and Brier: higher is worse) */
  direction: 'worse' | 'better' | 'same' | null
  /** why the slice has no value, in English; `reason` is the same, coded */
  unavailable?: string
  reason?: Reason
}

export interface SliceReport {
  metric: string
  overall: number | null
  bootstrap: { draws: number; seed: number; method: string }
  /** every slice with a value, furthest from the overall value first */
  ranked: SliceResult[]
  /** slices without a value, each with its reason */
  unranked: SliceResult[]
  /** columns not sliced, with why */
  skipped: { column: string; reason: string; why?: Reason }[]
}

const CONFUSION_METRICS = new Set(['f1_score', 'accuracy', 'precision', 'recall'])

/** One metric of labels `y` and scores `p`, NaN when undefined (AUC on one class). */
export function metricValue(
  metric: string,
  y: ArrayLike<number>,
  p: ArrayLike<number>,
  threshold: number,
): number {
  if (y.length === 0) return NaN
  if (CONFUSION_METRICS.has(metric)) {
    let tp = 0
    let fp = 0
    let tn = 0
    let fn = 0
    for (let i = 0; i < y.length; i++) {
      const hit = p[i]! >= threshold
      if (y[i] === 1) {
        if (hit) tp++
        else fn++
      } else if (hit) fp++
      else tn++
    }
    const s = scoresFromConfusion({ tp, fp, tn, fn })
    return metric === 'f1_score' ? s.f1 : s[metric as 'accuracy' | 'precision' | 'recall']
  }
  if (metric === 'log_loss') return logLoss(y, p)
  if (metric === 'brier_score') return brierScore(y, p)
  if (metric === 'roc_auc') return rocAuc(y, p)
  throw new Error(`unknown metric "${metric}"`)
}

function percentile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.min(lo + 1, sorted.length - 1)
  return sorted[lo]! + (pos - lo) * (sorted[hi]! - sorted[lo]!)
}

/** Per-row loss whose mean is the metric (log loss, Brier), via lib/metrics on one row. */
function rowLosses(metric: string, y: Float64Array, p: Float64Array): Float64Array | null {
  if (metric !== 'log_loss' && metric !== 'brier_score') return null
  const loss = metric === 'log_loss' ? logLoss : brierScore
  const out = new Float64Array(y.length)
  for (let i = 0; i < y.length; i++) out[i] = loss(y.subarray(i, i + 1), p.subarray(i, i + 1))
  return out
}

/** `values[ks[k]]` for each k, as a typed array (a slice's rows out of the labelled rows). */
function gather(values: Float64Array, ks: ArrayLike<number>): Float64Array {
  const out = new Float64Array(ks.length)
  for (let k = 0; k < ks.length; k++) out[k] = values[ks[k]!]!
  return out
}

/**
 * Seeded bootstrap percentile interval of `metric` on (y, p): `draws` resamples of the rows
 * with replacement. Without copying rows: a confusion metric (F1, accuracy, precision, recall)
 * only needs how many drawn rows fall in each cell (predicted × actual), which is one
 * multinomial draw of the cells' counts (three binomials, `multinomialDraw`), so its resamples
 * keep every row; a mean loss needs each drawn row's loss and ROC AUC the rows themselves, drawn
 * one by one (MAX_BOOTSTRAP_ROWS of them, rescaled, for larger slices).
 * Null when most draws leave the metric undefined. `rowLoss`, when given, is each row's loss
 * (log loss, Brier) already computed: a caller bootstrapping many slices of the same rows
 * computes the losses once.
 */
export function bootstrapInterval(
  metric: string,
  y: Float64Array,
  p: Float64Array,
  threshold: number,
  draws: number,
  random: SeededStream,
  rowLoss?: Float64Array | null,
): [number, number] | null {
  const rows = y.length
  const confusion = CONFUSION_METRICS.has(metric)
  // a confusion metric's draws are cell counts, whatever the rows: every draw resamples them all
  const n = confusion ? rows : Math.min(rows, MAX_BOOTSTRAP_ROWS)
  const scale = Math.sqrt(n / rows)
  const full = metricValue(metric, y, p, threshold)
  const values: number[] = []
  const losses = confusion ? null : (rowLoss ?? rowLosses(metric, y, p))
  // rows per cell, cell = 2·predicted + actual (tn, fn, fp, tp)
  let cells: Int32Array | null = null
  if (confusion) {
    cells = new Int32Array(4)
    for (let i = 0; i < rows; i++) cells[(p[i]! >= threshold ? 2 : 0) + y[i]!]!++
  }
  const by = cells || losses ? null : new Float64Array(n)
  const bp = cells || losses ? null : new Float64Array(n)
  const count = new Int32Array(4)
  for (let d = 0; d < draws; d++) {
    let v: number
    if (cells) {
      // n rows drawn with replacement fall into the cells as Multinomial(n, cells / n)
      multinomialDraw(n, cells, random, count)
      const s = scoresFromConfusion({ tn: count[0]!, fn: count[1]!, fp: count[2]!, tp: count[3]! })
      v = metric === 'f1_score' ? s.f1 : s[metric as 'accuracy' | 'precision' | 'recall']
    } else if (losses) {
      let sum = 0
      for (let i = 0; i < n; i++) sum += losses[Math.floor(random.random() * rows)]!
      v = sum / n
    } else {
      for (let i = 0; i < n; i++) {
        const k = Math.floor(random.random() * rows)
        by![i] = y[k]!
        bp![i] = p[k]!
      }
      v = metricValue(metric, by!, bp!, threshold)
    }
    if (Number.isFinite(v)) values.push(n === rows ? v : full + (v - full) * scale)
  }
  if (values.length < draws / 2) return null
  values.sort((a, b) => a - b)
  return [percentile(values, 0.025), percentile(values, 0.975)]
}

export type SliceGroup =
  | { column: string; slices: { value: string; rows: number; members: number[] }[] }
  | { column: string; skipped: Reason }

function keyOf(v: string | number | null | undefined): string {
  return v === null || v === undefined || Number.isNaN(v) ? '(missing)' : String(v)
}

/**
 * The slices of each SLICE_COLUMNS column: every value with its row count and its labelled rows
 * (positions in `labelled`), values in sorted order; a column the data lacks is skipped.
 */
export function sliceGroups(
  labelled: LabelledRows,
  context: Record<string, ArrayLike<string | number | null>>,
  totalRows: number,
  subject: string | Reason,
): SliceGroup[] {
  const what = asReason(subject)
  return SLICE_COLUMNS.map((column) => {
    const values = context[column]
    if (!values) return { column, skipped: reason('slice.noColumn', { what, column }) }
    const rowsPer = new Map<string, number>()
    for (let i = 0; i < totalRows; i++) {
      const key = keyOf(values[i])
      rowsPer.set(key, (rowsPer.get(key) ?? 0) + 1)
    }
    const members = new Map<string, number[]>()
    for (let k = 0; k < labelled.index.length; k++) {
      const key = keyOf(values[labelled.index[k]!])
      let list = members.get(key)
      if (!list) members.set(key, (list = []))
      list.push(k)
    }
    const slices = [...rowsPer.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([value, rows]) => ({ value, rows, members: members.get(value) ?? [] }))
    return { column, slices }
  })
}

function unavailableBecause(why: Reason): { unavailable: string; reason: Reason } {
  return { unavailable: reasonText(why), reason: why }
}

/**
 * `metric` per slice of each SLICE_COLUMNS column the data has, on its labelled rows, with a
 * seeded bootstrap interval, ranked by distance from the metric on all labelled rows. `labelled`
 * holds the labelled rows and their index into `context`'s columns. Slices with fewer than 30
 * labelled rows carry a reason instead of a number.
 */
export function sliceMetrics(
  labelled: LabelledRows,
  context: Record<string, ArrayLike<string | number | null>>,
  totalRows: number,
  options: {
    metric?: string
    /** the slices, when already grouped (several metrics over the same rows) */
    groups?: SliceGroup[]
    threshold?: number
    draws?: number
    seed?: number
    what?: string | Reason
  } = {},
): SliceReport {
  const metric = options.metric ?? 'f1_score'
  const threshold = options.threshold ?? 0.5
  const draws = options.draws ?? 200
  const seed = options.seed ?? 42
  const what = asReason(options.what ?? 'the data')
  const random = new SeededStream(seed)
  // each labelled row's loss once, shared by every slice of every column
  const losses = rowLosses(metric, labelled.y, labelled.p)
  const overallRaw = metricValue(metric, labelled.y, labelled.p, threshold)
  const overall = Number.isFinite(overallRaw) ? overallRaw : null
  const ranked: SliceResult[] = []
  const unranked: SliceResult[] = []
  const skipped: SliceReport['skipped'] = []
  for (const group of options.groups ?? sliceGroups(labelled, context, totalRows, what)) {
    const { column } = group
    if ('skipped' in group) {
      skipped.push({ column, reason: reasonText(group.skipped), why: group.skipped })
      continue
    }
    for (const { value, rows, members: ks } of group.slices) {
      const base = { column, value, rows, labelled: ks.length, metric }
      if (ks.length < MIN_SLICE_ROWS) {
        unranked.push({
          ...base,
          value_metric: null,
          ci: null,
          distance: null,
          direction: null,
          ...unavailableBecause(
            reason('slice.fewRows', { column, value, count: ks.length, what, min: MIN_SLICE_ROWS }),
          ),
        })
        continue
      }
      const y = gather(labelled.y, ks)
      const p = gather(labelled.p, ks)
      const v = metricValue(metric, y, p, threshold)
      if (!Number.isFinite(v)) {
        unranked.push({
          ...base,
          value_metric: null,
          ci: null,
          distance: null,
          direction: null,
          ...unavailableBecause(
            reason('slice.oneClass', { metric, column, value, what, count: ks.length }),
          ),
        })
        continue
      }
      ranked.push({
        ...base,
        value_metric: v,
        ci: bootstrapInterval(metric, y, p, threshold, draws, random, losses && gather(losses, ks)),
        distance: overall === null ? null : Math.abs(v - overall),
        direction:
          overall === null
            ? null
            : v === overall
              ? 'same'
              : v > overall === LOWER_IS_BETTER.has(metric)
                ? 'worse'
                : 'better',
      })
    }
  }
  ranked.sort((a, b) => (b.distance ?? 0) - (a.distance ?? 0) || b.labelled - a.labelled)
  return {
    metric,
    overall,
    bootstrap: {
      draws,
      seed,
      method: CONFUSION_METRICS.has(metric)
        ? 'percentile bootstrap: labelled rows of the slice resampled with replacement (Mulberry32, seeded), each resample drawn as its multinomial counts of the confusion cells'
        : `percentile bootstrap: labelled rows of the slice resampled with replacement (Mulberry32, seeded); above ${MAX_BOOTSTRAP_ROWS} rows, resamples of ${MAX_BOOTSTRAP_ROWS} with the spread rescaled by sqrt(m/n)`,
    },
    ranked,
    unranked,
    skipped,
  }
}
