import type { FeatureType } from '../../../drift/binned-shares'
import { HISTOGRAM_MIN_DISTINCT } from '../../../drift/binned-shares'
import { inferColumnType, type ColumnDtype, type ColumnType } from '../../../drift/column'
import { DriftInputError } from '../../../drift/drift-input-error'
import { DRIFT_METHODS, driftRule, isDrifted, type DriftMethod } from '../../../drift/drift-methods'
import {
  alternativeStatistic,
  driftTableOf,
  emptySampleSkip,
  type DriftRow,
  type DriftSkip,
  type DriftTable,
} from '../../../drift/drift-table'
import { linspace, sturgesBinEdges } from '../../../drift/histogram-bin-edges'
import {
  plotHistogramFromCounts,
  plotHistogramRange,
  type PlotHistogram,
} from '../../../drift/histogram-for-plot'
import { jensenShannonDistance } from '../../../drift/jensen-shannon-distance'
import { ksPValue } from '../../../drift/ks-2samp'
import { psiFromShares } from '../../../drift/psi'
import { selectDefaultMethod } from '../../../drift/select-stat-test'
import { quantileOfOrdered, type SummaryStats } from '../../../drift/summary-stats'
import { MIN_NORM_STD } from '../../../drift/wasserstein-distance'
import type { DuckdbSession } from './duckdb-session'

/** One column of both sides as SQL: a query giving `v` (DOUBLE, NULL when missing) per row. */
export interface SqlSample {
  /** e.g. `SELECT "f_period" AS v FROM view` */
  sql: string
  /** rows before dropping missing / non-finite values */
  rows: number
}

const num = (value: unknown): number =>
  value === null || value === undefined ? NaN : Number(value)

/** A DOUBLE literal that DuckDB parses to exactly this float (a bare literal would be DECIMAL). */
export function sqlDouble(x: number): string {
  return `'${String(x)}'::DOUBLE`
}

/**
 * np.histogram's bin of `v` on `edges` ([e_i, e_i+1), the last bin closed), NULL outside: the
 * bin from the arithmetic, then corrected by comparing with the edges themselves (the
 * arithmetic is off by at most one bin), so the counts are those of a binary search. `bin`
 * reads the column `g` that `guess` computes.
 */
export function binSql(edges: ArrayLike<number>): { guess: string; bin: string } {
  const bins = edges.length - 1
  const first = sqlDouble(edges[0]!)
  const last = sqlDouble(edges[bins]!)
  const list = `[${Array.from(edges, sqlDouble).join(', ')}]`
  const guess = `least(greatest(floor((v - ${first}) / (${last} - ${first}) * ${bins})::INTEGER, 0), ${bins - 1})`
  // list_extract is 1-based: edge i is element i + 1
  const corrected = `(g - (v < list_extract(${list}, g + 1))::INTEGER + (v >= list_extract(${list}, g + 2) AND g < ${bins - 1})::INTEGER)`
  return { guess, bin: `CASE WHEN v < ${first} OR v > ${last} THEN NULL ELSE ${corrected} END` }
}

/** Above this many distinct values (HyperLogLog estimate) the ECDFs are read from FINE_BINS bins. */
export const EXACT_DISTINCT_LIMIT = 500_000
/** Equal-width bins over the pooled range for a column with more distinct values than that. */
export const FINE_BINS = 2 ** 16

/** Both samples as one relation (`v` finite, `r`/`c` 1 on the reference / current side). */
function pooledSql(ref: SqlSample, cur: SqlSample): string {
  return `(SELECT v, 1 AS r, 0 AS c FROM (${ref.sql}) WHERE isfinite(v) UNION ALL SELECT v, 0 AS r, 1 AS c FROM (${cur.sql}) WHERE isfinite(v))`
}

/**
 * bin counts of each side on each of `edgeSets` (np.histogram's bins), one scan of `source` per
 * set: the pooled samples, or an exact ECDF table (`r`, `c` are then counts of the value). (One
 * scan binning every set at once, unnesting a list per row, measured slower at 10M rows.)
 */
async function binCounts(
  session: DuckdbSession,
  source: string,
  edgeSets: ArrayLike<number>[],
): Promise<{ r: Float64Array; c: Float64Array }[]> {
  const out: { r: Float64Array; c: Float64Array }[] = []
  for (const edges of edgeSets) {
    const bins = edges.length - 1
    const r = new Float64Array(bins)
    const c = new Float64Array(bins)
    const { guess, bin } = binSql(edges)
    const rows = await session.all(
      `SELECT b, sum(r)::DOUBLE AS r, sum(c)::DOUBLE AS c FROM (SELECT ${bin} AS b, r, c FROM (SELECT v, r, c, ${guess} AS g FROM ${source})) WHERE b IS NOT NULL GROUP BY b`,
    )
    for (const row of rows) {
      r[num(row.b)] = num(row.r)
      c[num(row.b)] = num(row.c)
    }
    out.push({ r, c })
  }
  return out
}

/**
 * The ECDF table of one column: its distinct finite values with their counts per side (`v`,
 * `r`, `c`), the two samples' run-length encoding (exact); or, above EXACT_DISTINCT_LIMIT
 * distinct values, FINE_BINS equal-width bins (`v` = a bin's upper edge).
 */
async function ecdfTable(
  session: DuckdbSession,
  pooled: string,
  table: string,
  binned: { lo: number; hi: number } | null,
): Promise<void> {
  const key = binned
    ? `least(floor((v - ${sqlDouble(binned.lo)}) / (${sqlDouble(binned.hi)} - ${sqlDouble(binned.lo)}) * ${FINE_BINS}), ${FINE_BINS - 1})`
    : 'v'
  const value = binned
    ? `${sqlDouble(binned.lo)} + (k + 1) * (${sqlDouble(binned.hi)} - ${sqlDouble(binned.lo)}) / ${FINE_BINS}`
    : 'k'
  await session.run(
    `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT ${value} AS v, r, c FROM (SELECT ${key} AS k, sum(r)::DOUBLE AS r, sum(c)::DOUBLE AS c FROM ${pooled} GROUP BY k)`,
  )
}

/** the k-th smallest value (0-based) of `side` in the ECDF table, for each k */
async function orderStatistics(
  session: DuckdbSession,
  table: string,
  side: 'r' | 'c',
  ks: number[],
): Promise<Map<number, number>> {
  const wanted = [...new Set(ks)]
  if (wanted.length === 0) return new Map()
  const rows = await session.all(
    `WITH t AS (SELECT v, sum(${side}) OVER (ORDER BY v ROWS UNBOUNDED PRECEDING) AS cum FROM ${table} WHERE ${side} > 0), k AS (SELECT unnest([${wanted.join(', ')}]::DOUBLE[]) AS k) SELECT k.k AS k, (SELECT min(v) FROM t WHERE t.cum > k.k) AS v FROM k`,
  )
  return new Map(rows.map((row) => [num(row.k), num(row.v)]))
}

/**
 * np.quantile (linear) of one side at each q from its order statistics in the ECDF table: exact
 * on the distinct values; on fine bins each order statistic is its bin's upper edge (within h).
 */
async function quantiles(
  session: DuckdbSession,
  table: string,
  side: 'r' | 'c',
  size: number,
  qs: number[],
): Promise<number[]> {
  const needed: number[] = []
  for (const q of qs) quantileOfOrdered(size, q, (i) => (needed.push(i), 0))
  const at = await orderStatistics(session, table, side, needed)
  return qs.map((q) => quantileOfOrdered(size, q, (i) => at.get(i)!))
}

/**
 * Evidently's drift row of one numeric column from SQL samples, without the rows in JavaScript.
 * Exact (the same arithmetic on the same counts as computeDriftTable): counts, extremes,
 * support coverage, PSI and Jensen-Shannon (Evidently's Sturges or per-value bins, counted
 * exactly), and, while the column has at most EXACT_DISTINCT_LIMIT distinct values, the KS
 * statistic (max |F_ref − F_cur| over the two ECDFs) and its p-value, the Wasserstein distance
 * (∫|F_ref − F_cur| over the pooled distinct values), the distinct count and the quantiles.
 * Sums of many floats (mean, std, the Wasserstein integral) are added in another order than in
 * JavaScript: a few ulps apart (1e-12 relative is asserted).
 *
 * Above that many distinct values the ECDFs are read at FINE_BINS equal-width bins of width h
 * over the pooled range: KS_binned ≤ KS ≤ KS_binned + max over bins of max(ref share, cur share);
 * |W − W_binned| ≤ h · Σ_bins max(ref share, cur share) ≤ 2h (divide by the reference std for
 * the normed value); the distinct count is DuckDB's HyperLogLog estimate; quantiles (and so the
 * central range of the support coverage) are within h.
 */
async function driftRowSql(
  session: DuckdbSession,
  name: string,
  ref: SqlSample,
  cur: SqlSample,
  dtype: ColumnDtype,
  columnType: ColumnType | null,
  chosen: DriftMethod | undefined,
  id: number,
  exactDistinctLimit: number,
  histograms: Map<string, PlotHistogram> | undefined,
): Promise<DriftRow | DriftSkip> {
  const pooled = pooledSql(ref, cur)
  const [s] = await session.all(
    `SELECT sum(r)::DOUBLE AS n, sum(c)::DOUBLE AS m, approx_count_distinct(v)::DOUBLE AS approx,
       min(v) FILTER (WHERE r = 1) AS rmin, max(v) FILTER (WHERE r = 1) AS rmax,
       min(v) FILTER (WHERE c = 1) AS cmin, max(v) FILTER (WHERE c = 1) AS cmax,
       fsum(v) FILTER (WHERE r = 1) AS rsum, fsum(v) FILTER (WHERE c = 1) AS csum FROM ${pooled}`,
  )
  const n = num(s!.n) || 0
  const m = num(s!.m) || 0
  if (n === 0 || m === 0) return emptySampleSkip(name, n === 0 ? 'reference' : 'current')
  const [rmin, rmax, cmin, cmax] = [s!.rmin, s!.rmax, s!.cmin, s!.cmax].map(num) as [
    number,
    number,
    number,
    number,
  ]
  const rmean = num(s!.rsum) / n
  const cmean = num(s!.csum) / m
  const exact = num(s!.approx) <= exactDistinctLimit
  const lo = Math.min(rmin, cmin)
  const hi = Math.max(rmax, cmax)
  const table = `monitor_ecdf_${id}`
  // the distinct values with their counts: every count below is read from it instead of the rows
  const exactTable = exact || lo === hi
  await ecdfTable(session, pooled, table, exactTable ? null : { lo, hi })
  const counted = exactTable ? table : pooled
  try {
    const [e] = await session.all(
      `WITH t AS (SELECT v, r, c, sum(r) OVER w / ${n} AS fr, sum(c) OVER w / ${m} AS fc, lead(v) OVER (ORDER BY v) AS nv FROM ${table} WINDOW w AS (ORDER BY v ROWS UNBOUNDED PRECEDING))
       SELECT count(*)::DOUBLE AS distinct_all, count(*) FILTER (WHERE r > 0)::DOUBLE AS distinct_ref,
         max(abs(fr - fc)) AS ks, COALESCE(fsum(abs(fr - fc) * (nv - v)) FILTER (WHERE nv IS NOT NULL), 0) AS w1 FROM t`,
    )
    const distinct = exact ? num(e!.distinct_all) : num(s!.approx)
    const type = columnType ?? inferColumnType(dtype, distinct)
    const method = chosen ?? selectDefaultMethod(n, type, distinct)
    const info = DRIFT_METHODS[method]

    // Evidently's binning: Sturges bins when numerical with > 20 reference values, else per value
    const featureType: FeatureType = type
    const refDistinct = exact ? num(e!.distinct_ref) : Infinity
    const sturges = featureType === 'numerical' && refDistinct > HISTOGRAM_MIN_DISTINCT
    // the plot histogram of the same samples (plotHistogramSql's edges and counts) and the
    // Sturges bins, in one pass over the distinct values with their counts when exact (far
    // fewer rows than the samples), else over the samples
    const plotEdges = histograms ? linspace(...plotHistogramRange(lo, hi), PLOT_BINS + 1) : null
    const edgeSets = [
      ...(plotEdges ? [plotEdges] : []),
      ...(sturges ? [sturgesBinEdges(lo, hi, n + m)] : []),
    ]
    const counts = await binCounts(session, counted, edgeSets)
    if (plotEdges) {
      const { r, c } = counts[0]!
      histograms!.set(name, plotHistogramFromCounts(plotEdges, r, c, n, m))
    }
    let shares: { reference: Float64Array; current: Float64Array }
    if (sturges) {
      const { r, c } = counts[counts.length - 1]!
      shares = { reference: r.map((x) => x / n), current: c.map((x) => x / m) }
    } else {
      const values = await session.all(`SELECT r, c FROM ${table} ORDER BY v`)
      shares = {
        reference: Float64Array.from(values, (row) => num(row.r) / n),
        current: Float64Array.from(values, (row) => num(row.c) / m),
      }
    }
    const qs = [0.05, 0.25, 0.5, 0.75, 0.95, 0.005, 0.995]
    const refQ = await quantiles(session, table, 'r', n, qs)
    const curQ = await quantiles(session, table, 'c', m, qs.slice(0, 5))
    const [centralLow, centralHigh] = refQ.slice(5) as [number, number]
    // squared deviations (weighted by the counts) and the current rows outside the reference's
    // range and central range, in one pass over the counted values
    const square = (mean: number, side: 'r' | 'c') =>
      `fsum(${side} * ((v - ${sqlDouble(mean)}) * (v - ${sqlDouble(mean)}))) FILTER (WHERE ${side} > 0)`
    const [spread] = await session.all(
      `SELECT ${square(rmean, 'r')} AS rss, ${square(cmean, 'c')} AS css,
         COALESCE(sum(c) FILTER (WHERE v < ${sqlDouble(rmin)}), 0)::DOUBLE AS below,
         COALESCE(sum(c) FILTER (WHERE v > ${sqlDouble(rmax)}), 0)::DOUBLE AS above,
         COALESCE(sum(c) FILTER (WHERE v < ${sqlDouble(centralLow)} OR v > ${sqlDouble(centralHigh)}), 0)::DOUBLE AS central FROM ${counted}`,
    )
    const ks = ksPValue(n, m, num(e!.ks))
    const stdPop = Math.sqrt(num(spread!.rss) / n)
    const alternatives = {
      psi: psiFromShares(shares),
      jensenshannon: jensenShannonDistance(shares.reference, shares.current),
      ks_statistic: ks.statistic,
      ks_p_value: ks.pValue,
      wasserstein_normed: num(e!.w1) / Math.max(stdPop, MIN_NORM_STD),
    }
    const statistic = alternativeStatistic(alternatives, method)
    if (statistic === null) {
      throw new DriftInputError(
        `column "${name}": Evidently's default test here is ${info.label} (reference of ${n} rows), which the DuckDB engine does not compute; use MONITOR_ENGINE=js for files this small`,
      )
    }
    const below = num(spread!.below)
    const above = num(spread!.above)
    const outsideCentral = num(spread!.central)
    const summary = (
      count: number,
      mean: number,
      ss: number,
      min: number,
      max: number,
      q: number[],
    ): SummaryStats => ({
      count,
      mean,
      std: count - 1 > 0 ? Math.sqrt(ss / (count - 1)) : NaN,
      min,
      max,
      quantiles: { p05: q[0]!, p25: q[1]!, p50: q[2]!, p75: q[3]!, p95: q[4]! },
    })
    return {
      column: name,
      type,
      dtype,
      distinct,
      method,
      methodLabel: info.label,
      statistic,
      threshold: info.defaultThreshold,
      direction: info.direction,
      rule: driftRule(method, info.defaultThreshold),
      drifted: isDrifted(method, statistic, info.defaultThreshold),
      refCount: n,
      curCount: m,
      dropped: { reference: ref.rows - n, current: cur.rows - m },
      alternatives,
      support: {
        kind: 'range',
        referenceMin: rmin,
        referenceMax: rmax,
        below,
        above,
        outsideShare: (below + above) / m,
        centralLow,
        centralHigh,
        outsideCentral,
        outsideCentralShare: outsideCentral / m,
      },
      summary: {
        reference: summary(n, rmean, num(spread!.rss), rmin, rmax, refQ),
        current: summary(m, cmean, num(spread!.css), cmin, cmax, curQ),
      },
    }
  } finally {
    await session.run(`DROP TABLE IF EXISTS ${table}`)
  }
}

let tables = 0

/** histogramForPlot's bin count */
const PLOT_BINS = 30

export interface SqlDriftColumn {
  name: string
  ref: SqlSample
  cur: SqlSample
  dtype: ColumnDtype
  /** the type decided once (snapshot.columns); null: inferred from dtype and distinct values */
  type: ColumnType | null
  /** a test instead of Evidently's default choice */
  method?: DriftMethod
}

/** computeDriftTable over SQL samples (see driftRowSql for what is exact). */
export async function driftTableSql(
  session: DuckdbSession,
  columns: SqlDriftColumn[],
  exactDistinctLimit = EXACT_DISTINCT_LIMIT,
  /** when given, receives each drifted column's plotHistogramSql, computed from the same counts */
  histograms?: Map<string, PlotHistogram>,
): Promise<DriftTable> {
  const rows: DriftRow[] = []
  const skipped: DriftSkip[] = []
  for (const column of columns) {
    const row = await driftRowSql(
      session,
      column.name,
      column.ref,
      column.cur,
      column.dtype,
      column.type,
      column.method,
      ++tables,
      exactDistinctLimit,
      histograms,
    )
    if ('reason' in row) skipped.push(row)
    else rows.push(row)
  }
  return driftTableOf(rows, skipped)
}

/** histogramForPlot over SQL samples: same edges (pooled finite range), same bin counts. */
export async function plotHistogramSql(
  session: DuckdbSession,
  ref: SqlSample,
  cur: SqlSample,
  bins = PLOT_BINS,
): Promise<PlotHistogram | null> {
  const pooled = pooledSql(ref, cur)
  const [range] = await session.all(
    `SELECT min(v) AS lo, max(v) AS hi, COALESCE(sum(r), 0)::DOUBLE AS n, COALESCE(sum(c), 0)::DOUBLE AS m, approx_count_distinct(v)::DOUBLE AS approx FROM ${pooled}`,
  )
  const n = num(range!.n)
  const m = num(range!.m)
  if (n + m === 0) return null
  const [first, last] = plotHistogramRange(num(range!.lo), num(range!.hi))
  const edges = linspace(first, last, bins + 1)
  // few distinct values: count the bins over the values with their counts
  const exact = num(range!.approx) <= EXACT_DISTINCT_LIMIT
  const table = `monitor_hist_${++tables}`
  if (exact) await ecdfTable(session, pooled, table, null)
  try {
    const [{ r, c }] = (await binCounts(session, exact ? table : pooled, [edges])) as [
      { r: Float64Array; c: Float64Array },
    ]
    return plotHistogramFromCounts(edges, r, c, n, m)
  } finally {
    if (exact) await session.run(`DROP TABLE IF EXISTS ${table}`)
  }
}
