import { binnedSharesPrepared } from './binned-shares'
import {
  columnValues,
  effectiveDtype,
  inferColumnType,
  type Column,
  type ColumnDtype,
  type ColumnType,
} from './column'
import { DriftInputError } from './drift-input-error'
import {
  DRIFT_METHODS,
  driftRule,
  isDrifted,
  type DriftDirection,
  type DriftMethod,
} from './drift-methods'
import { jensenShannonDistance } from './jensen-shannon-distance'
import { ks2sampSorted } from './ks-2samp'
import type { PreparedReference } from './prepared-reference'
import { prepareSample, sampleSize, type PreparedSample } from './prepared-sample'
import { psiFromShares } from './psi'
import { assertMethodApplies, runDriftMethod } from './run-drift-method'
import { selectDefaultMethod } from './select-stat-test'
import { sampleMoments, type SampleMoments } from './sample-moments'
import { summaryStats, type SummaryStats } from './summary-stats'
import { supportCoverage, type SupportCoverage } from './support-coverage'
import { distinctCount } from './value-counts'
import { normedWassersteinSorted } from './wasserstein-distance'

export interface DriftTableOptions {
  /** columns to test, in order (default: the reference's keys) */
  columns?: string[]
  /** per-column test instead of Evidently's default choice */
  methods?: Record<string, DriftMethod>
  /** per-column threshold instead of the test's default */
  thresholds?: Record<string, number>
  /** per-column type instead of the inferred one */
  columnTypes?: Record<string, ColumnType>
  /** share of drifted columns at which the dataset drifts (Evidently's `drift_share`, 0.5) */
  driftShare?: number
  /**
   * only the chosen test's statistic: the alternatives (PSI, JS, KS, Wasserstein) are left NaN
   * and the summary null. For many small chunks, where an exact KS p-value per chunk is costly.
   */
  statisticOnly?: boolean
  /**
   * the reference's columns already cleaned and sorted (prepareReference), reused while the
   * table is given the same column objects: one sort of the reference for many tables
   */
  preparedReference?: PreparedReference
}

export interface DriftAlternatives {
  psi: number
  jensenshannon: number
  /** null when a sample holds labels rather than numbers */
  ks_statistic: number | null
  ks_p_value: number | null
  wasserstein_normed: number | null
}

export interface DriftRow {
  column: string
  type: ColumnType
  dtype: ColumnDtype
  /** distinct values over ref ∪ cur */
  distinct: number
  method: DriftMethod
  methodLabel: string
  statistic: number
  threshold: number
  direction: DriftDirection
  /** e.g. "p_value <= 0.05", "score >= 0.1" */
  rule: string
  drifted: boolean
  refCount: number
  curCount: number
  dropped: { reference: number; current: number }
  alternatives: DriftAlternatives
  support: SupportCoverage
  /** numeric samples only */
  summary: { reference: SummaryStats; current: SummaryStats } | null
}

export interface DatasetDriftVerdict {
  driftedCount: number
  columnCount: number
  share: number
  driftShare: number
  datasetDrift: boolean
}

/** A column left out of a drift table: `reason` in English, `emptySample` for the views' words. */
export interface DriftSkip {
  column: string
  reason: string
  /** the sample that was empty after dropping null/NaN/Infinity */
  emptySample?: 'reference' | 'current'
}

export interface DriftTable {
  rows: DriftRow[]
  /** columns left out, e.g. empty after dropping missing values */
  skipped: DriftSkip[]
  dataset: DatasetDriftVerdict
}

/** The skip of a column whose reference or current sample is empty after cleaning. */
export function emptySampleSkip(column: string, which: 'reference' | 'current'): DriftSkip {
  return {
    column,
    reason: `column "${column}": the ${which} sample is empty after dropping null/NaN/Infinity`,
    emptySample: which,
  }
}

/** Evidently's `DataDriftPreset.drift_share`. */
export const DEFAULT_DRIFT_SHARE = 0.5

function alternativesFor(
  ref: PreparedSample,
  cur: PreparedSample,
  type: ColumnType,
  refMoments: SampleMoments | null,
): DriftAlternatives {
  const shares = binnedSharesPrepared(ref, cur, type)
  const numeric = ref.kind === 'numeric' && cur.kind === 'numeric'
  const ks = numeric ? ks2sampSorted(ref.sorted, cur.sorted) : null
  return {
    psi: psiFromShares(shares),
    jensenshannon: jensenShannonDistance(shares.reference, shares.current),
    ks_statistic: ks?.statistic ?? null,
    ks_p_value: ks?.pValue ?? null,
    wasserstein_normed: numeric
      ? normedWassersteinSorted(ref.sorted, cur.sorted, refMoments ?? undefined)
      : null,
  }
}

const SKIPPED_ALTERNATIVES: DriftAlternatives = {
  psi: NaN,
  jensenshannon: NaN,
  ks_statistic: NaN,
  ks_p_value: NaN,
  wasserstein_normed: NaN,
}

/** The statistic of `method` already held in a row's alternatives (null: not for this column). */
export function alternativeStatistic(
  alternatives: DriftAlternatives,
  method: DriftMethod,
): number | null {
  if (method === 'wasserstein') return alternatives.wasserstein_normed
  if (method === 'ks') return alternatives.ks_p_value
  if (method === 'psi') return alternatives.psi
  if (method === 'jensenshannon') return alternatives.jensenshannon
  return null
}

function driftRow(
  name: string,
  reference: Column,
  current: Column,
  options: DriftTableOptions,
): DriftRow | DriftSkip {
  const prepared = options.preparedReference?.get(name)
  const cached = prepared?.column === reference ? prepared : undefined
  const dtype = effectiveDtype(name, reference, current, cached?.missing)
  const ref = cached?.sample ?? prepareSample(columnValues(reference), `reference column "${name}"`)
  const cur = prepareSample(columnValues(current), `current column "${name}"`)
  const refCount = sampleSize(ref)
  const curCount = sampleSize(cur)
  if (refCount === 0 || curCount === 0) {
    return emptySampleSkip(name, refCount === 0 ? 'reference' : 'current')
  }
  const distinct = distinctCount(ref, cur)
  const type = options.columnTypes?.[name] ?? inferColumnType(dtype, distinct)
  const method = options.methods?.[name] ?? selectDefaultMethod(refCount, type, distinct)
  const info = DRIFT_METHODS[method]
  const threshold = options.thresholds?.[name] ?? info.defaultThreshold
  assertMethodApplies(method, ref, cur, type, name)
  const numeric = ref.kind === 'numeric' && cur.kind === 'numeric' && !options.statisticOnly
  // one mean and sum of squares per side for the summary and the normed Wasserstein
  const refMoments = numeric ? (cached?.moments ?? sampleMoments(ref.sorted)) : null
  const alternatives = options.statisticOnly
    ? SKIPPED_ALTERNATIVES
    : alternativesFor(ref, cur, type, refMoments)
  const statistic = options.statisticOnly
    ? runDriftMethod(method, ref, cur, type, name, cached?.moments ?? undefined)
    : (alternativeStatistic(alternatives, method) ?? runDriftMethod(method, ref, cur, type))
  return {
    column: name,
    type,
    dtype,
    distinct,
    method,
    methodLabel: info.label,
    statistic,
    threshold,
    direction: info.direction,
    rule: driftRule(method, threshold),
    drifted: isDrifted(method, statistic, threshold),
    refCount,
    curCount,
    dropped: { reference: ref.dropped, current: cur.dropped },
    alternatives,
    support: supportCoverage(ref, cur),
    summary: numeric
      ? { reference: summaryStats(ref.sorted, refMoments!), current: summaryStats(cur.sorted) }
      : null,
  }
}

/**
 * Per-column drift between a reference and a current dataset with Evidently's defaults (test by
 * reference size, column type and distinct count; thresholds; p-value vs distance direction),
 * alternative statistics (PSI, KS, normed Wasserstein, Jensen-Shannon), support coverage and
 * summary statistics, plus the dataset verdict share >= driftShare. Columns that are empty after
 * cleaning are listed in `skipped`; a column missing from `current` is a DriftInputError.
 */
export function computeDriftTable(
  reference: Record<string, Column>,
  current: Record<string, Column>,
  options: DriftTableOptions = {},
): DriftTable {
  const names = options.columns ?? Object.keys(reference)
  const rows: DriftRow[] = []
  const skipped: DriftTable['skipped'] = []
  for (const name of names) {
    const ref = reference[name]
    const cur = current[name]
    if (!ref || !cur) {
      throw new DriftInputError(
        `column "${name}" is missing from the ${ref ? 'current' : 'reference'} data`,
      )
    }
    const row = driftRow(name, ref, cur, options)
    if ('reason' in row) skipped.push(row)
    else rows.push(row)
  }
  return driftTableOf(rows, skipped, options.driftShare)
}

/** A drift table from its rows: the dataset verdict is share of drifted rows >= driftShare. */
export function driftTableOf(
  rows: DriftRow[],
  skipped: DriftSkip[],
  driftShare = DEFAULT_DRIFT_SHARE,
): DriftTable {
  const driftedCount = rows.filter((row) => row.drifted).length
  const share = rows.length ? driftedCount / rows.length : 0
  return {
    rows,
    skipped,
    dataset: {
      driftedCount,
      columnCount: rows.length,
      share,
      driftShare,
      datasetDrift: rows.length > 0 && share >= driftShare,
    },
  }
}
