import type { FeatureType } from '../../../drift/binned-shares'
import { HISTOGRAM_MIN_DISTINCT } from '../../../drift/binned-shares'
import { inferColumnType, type ColumnDtype, type ColumnType } from '../../../drift/column'
import { DriftInputError } from '../../../drift/drift-input-error'
import { DRIFT_METHODS, driftRule, isDrifted, type DriftMethod } from '../../../drift/drift-methods'
import {
  alternativeStatistic,
  driftTableOf,
  type DriftRow,
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

/** np.histogram's bin of `v` on `edges` ([e_i, e_i+1), the last bin closed), NULL outside. */
export function binCaseSql(edges: ArrayLike<number>): string {
  const last = edges.length - 1
  const arms: string[] = [`WHEN v < ${sqlDouble(edges[0]!)} THEN NULL`]
  for (let i = 1; i < last; i++) arms.push(`WHEN v < ${sqlDouble(edges[i]!)} THEN ${i - 1}`)
  arms.push(`WHEN v <= ${sqlDouble(edges[last]!)} THEN ${last - 1}`)
  return `CASE ${arms.join(' ')} END`
}

/**
 * The two samples of one column as a table of distinct finite values with their counts per side
 * (`v`, `r`, `c`): every statistic below is read from it, in DuckDB. Exact: it is the two
 * samples' run-length encoding.
 */
class Runs {
  private constructor(
    private readonly session: DuckdbSession,
    readonly table: string,
    readonly n: number,
    readonly m: number,
  ) {}

  static async of(session: DuckdbSession, ref: SqlSample, cur: SqlSample, id: number) {
    const table = `monitor_runs_${id}`
    await session.run(
      `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT v, sum(r)::DOUBLE AS r, sum(c)::DOUBLE AS c FROM (SELECT v, 1 AS r, 0 AS c FROM (${ref.sql}) WHERE isfinite(v) UNION ALL SELECT v, 0 AS r, 1 AS c FROM (${cur.sql}) WHERE isfinite(v)) GROUP BY v`,
    )
    const [row] = await session.all(
      `SELECT COALESCE(sum(r), 0)::DOUBLE AS n, COALESCE(sum(c), 0)::DOUBLE AS m FROM ${table}`,
    )
    return new Runs(session, table, num(row!.n), num(row!.m))
  }

  async drop() {
    await this.session.run(`DROP TABLE IF EXISTS ${this.table}`)
  }

  /** bin counts of each side on `edges` */
  async binCounts(edges: ArrayLike<number>): Promise<{ r: Float64Array; c: Float64Array }> {
    const bins = edges.length - 1
    const r = new Float64Array(bins)
    const c = new Float64Array(bins)
    const rows = await this.session.all(
      `SELECT b, sum(r)::DOUBLE AS r, sum(c)::DOUBLE AS c FROM (SELECT ${binCaseSql(edges)} AS b, r, c FROM ${this.table}) WHERE b IS NOT NULL GROUP BY b`,
    )
    for (const row of rows) {
      r[num(row.b)] = num(row.r)
      c[num(row.b)] = num(row.c)
    }
    return { r, c }
  }

  /** the k-th smallest value (0-based) of the reference (`r`) or current (`c`) side, for each k */
  async orderStatistics(side: 'r' | 'c', ks: number[]): Promise<Map<number, number>> {
    const wanted = [...new Set(ks)]
    if (wanted.length === 0) return new Map()
    const rows = await this.session.all(
      `WITH t AS (SELECT v, sum(${side}) OVER (ORDER BY v ROWS UNBOUNDED PRECEDING) AS cum FROM ${this.table} WHERE ${side} > 0), k AS (SELECT unnest([${wanted.join(', ')}]::DOUBLE[]) AS k) SELECT k.k AS k, (SELECT min(v) FROM t WHERE t.cum > k.k) AS v FROM k`,
    )
    return new Map(rows.map((row) => [num(row.k), num(row.v)]))
  }

  /** np.quantile (linear) of one side at each q, from its order statistics */
  async quantiles(side: 'r' | 'c', qs: number[]): Promise<number[]> {
    const size = side === 'r' ? this.n : this.m
    const needed: number[] = []
    for (const q of qs) quantileOfOrdered(size, q, (i) => (needed.push(i), 0))
    const at = await this.orderStatistics(side, needed)
    return qs.map((q) => quantileOfOrdered(size, q, (i) => at.get(i)!))
  }
}

/**
 * Evidently's drift row of one numeric column from SQL samples, without the rows in JavaScript.
 * Exact (the same arithmetic on the same counts as computeDriftTable): counts, distinct values,
 * the KS statistic (max |F_ref − F_cur| over the two ECDFs) and its p-value, the Wasserstein
 * distance (∫|F_ref − F_cur| over the pooled distinct values), PSI and Jensen-Shannon (Evidently's
 * Sturges or per-value bins, as `binnedSharesPrepared`), quantiles and support coverage. Sums of
 * many floats (mean, std, the Wasserstein integral) are added in another order than in
 * JavaScript: they agree to within a few ulps (relative 1e-12 is asserted), not bit for bit.
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
): Promise<DriftRow | { skippedBecause: string }> {
  const runs = await Runs.of(session, ref, cur, id)
  try {
    const { n, m, table } = runs
    if (n === 0 || m === 0) {
      const which = n === 0 ? 'reference' : 'current'
      return {
        skippedBecause: `column "${name}": the ${which} sample is empty after dropping null/NaN/Infinity`,
      }
    }
    const [s] = await session.all(
      `WITH t AS (SELECT v, r, c, sum(r) OVER w / ${n} AS fr, sum(c) OVER w / ${m} AS fc, lead(v) OVER (ORDER BY v) AS nv FROM ${table} WINDOW w AS (ORDER BY v ROWS UNBOUNDED PRECEDING))
       SELECT count(*)::DOUBLE AS distinct_all, count(*) FILTER (WHERE r > 0)::DOUBLE AS distinct_ref,
         max(abs(fr - fc)) AS ks, COALESCE(fsum(abs(fr - fc) * (nv - v)) FILTER (WHERE nv IS NOT NULL), 0) AS w1,
         min(v) FILTER (WHERE r > 0) AS rmin, max(v) FILTER (WHERE r > 0) AS rmax,
         min(v) FILTER (WHERE c > 0) AS cmin, max(v) FILTER (WHERE c > 0) AS cmax,
         fsum(v * r) / ${n} AS rmean, fsum(v * c) / ${m} AS cmean FROM t`,
    )
    const rmean = num(s!.rmean)
    const cmean = num(s!.cmean)
    const [spread] = await session.all(
      `SELECT fsum(r * (v - ${sqlDouble(rmean)}) * (v - ${sqlDouble(rmean)})) AS rss, fsum(c * (v - ${sqlDouble(cmean)}) * (v - ${sqlDouble(cmean)})) AS css FROM ${table}`,
    )
    const distinct = num(s!.distinct_all)
    const type = columnType ?? inferColumnType(dtype, distinct)
    const method = chosen ?? selectDefaultMethod(n, type, distinct)
    const info = DRIFT_METHODS[method]
    const [rmin, rmax, cmin, cmax] = [s!.rmin, s!.rmax, s!.cmin, s!.cmax].map(num) as [
      number,
      number,
      number,
      number,
    ]

    // Evidently's binning: Sturges bins when numerical with > 20 reference values, else per value
    const featureType: FeatureType = type
    let shares: { reference: Float64Array; current: Float64Array }
    if (featureType === 'numerical' && num(s!.distinct_ref) > HISTOGRAM_MIN_DISTINCT) {
      const edges = sturgesBinEdges(Math.min(rmin, cmin), Math.max(rmax, cmax), n + m)
      const { r, c } = await runs.binCounts(edges)
      shares = { reference: r.map((x) => x / n), current: c.map((x) => x / m) }
    } else {
      const values = await session.all(`SELECT r, c FROM ${table} ORDER BY v`)
      shares = {
        reference: Float64Array.from(values, (row) => num(row.r) / n),
        current: Float64Array.from(values, (row) => num(row.c) / m),
      }
    }
    const ks = ksPValue(n, m, num(s!.ks))
    const stdPop = Math.sqrt(num(spread!.rss) / n)
    const alternatives = {
      psi: psiFromShares(shares),
      jensenshannon: jensenShannonDistance(shares.reference, shares.current),
      ks_statistic: ks.statistic,
      ks_p_value: ks.pValue,
      wasserstein_normed: num(s!.w1) / Math.max(stdPop, MIN_NORM_STD),
    }
    const statistic = alternativeStatistic(alternatives, method)
    if (statistic === null) {
      throw new DriftInputError(
        `column "${name}": Evidently's default test here is ${info.label} (reference of ${n} rows), which the DuckDB engine does not compute; use MONITOR_ENGINE=js for files this small`,
      )
    }
    const qs = [0.05, 0.25, 0.5, 0.75, 0.95]
    const [refQ, curQ, central] = [
      await runs.quantiles('r', qs),
      await runs.quantiles('c', qs),
      await runs.quantiles('r', [0.005, 0.995]),
    ]
    const [centralLow, centralHigh] = central as [number, number]
    const [outside] = await session.all(
      `SELECT COALESCE(sum(c) FILTER (WHERE v < ${sqlDouble(rmin)}), 0)::DOUBLE AS below, COALESCE(sum(c) FILTER (WHERE v > ${sqlDouble(rmax)}), 0)::DOUBLE AS above, COALESCE(sum(c) FILTER (WHERE v < ${sqlDouble(centralLow)} OR v > ${sqlDouble(centralHigh)}), 0)::DOUBLE AS central FROM ${table}`,
    )
    const below = num(outside!.below)
    const above = num(outside!.above)
    const outsideCentral = num(outside!.central)
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
    await runs.drop()
  }
}

let tables = 0

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
): Promise<DriftTable> {
  const rows: DriftRow[] = []
  const skipped: DriftTable['skipped'] = []
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
    )
    if ('skippedBecause' in row) skipped.push({ column: column.name, reason: row.skippedBecause })
    else rows.push(row)
  }
  return driftTableOf(rows, skipped)
}

/** histogramForPlot over SQL samples: same edges (pooled finite range), same bin counts. */
export async function plotHistogramSql(
  session: DuckdbSession,
  ref: SqlSample,
  cur: SqlSample,
  bins = 30,
): Promise<PlotHistogram | null> {
  const runs = await Runs.of(session, ref, cur, ++tables)
  try {
    if (runs.n + runs.m === 0) return null
    const [range] = await session.all(`SELECT min(v) AS lo, max(v) AS hi FROM ${runs.table}`)
    const [first, last] = plotHistogramRange(num(range!.lo), num(range!.hi))
    const edges = linspace(first, last, bins + 1)
    const { r, c } = await runs.binCounts(edges)
    return plotHistogramFromCounts(edges, r, c, runs.n, runs.m)
  } finally {
    await runs.drop()
  }
}
