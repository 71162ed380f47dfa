import { INTEGER_CARDINALITY_LIMIT, inferColumnType } from '../../../drift/column'
import type { BinaryMetrics } from '../../../metrics/binary-metrics'
import { scoresFromConfusion } from '../../../metrics/classification-scores'
import type { PredictionsData } from '../../../predictions/types'
import type { Problem } from '../../../tracking/types'
import { collectFilterOptions } from '../filter-options'
import type { PredictionsAggregates } from '../predictions-input'
import type { PlotHistogram } from '../../../drift/histogram-for-plot'
import type { SnapshotColumn, SnapshotHistogram } from '../snapshot-types'
import {
  driftTableSql,
  plotHistogramSql,
  type SqlDriftColumn,
  type SqlSample,
} from './duckdb-drift'
import { sqlName, type DuckdbSession } from './duckdb-session'
import type { DuckdbPredictions } from './read-predictions-duckdb'

const num = (value: unknown): number =>
  value === null || value === undefined ? NaN : Number(value)

/** Float64 machine epsilon, the clip of scikit-learn ≥ 1.2's log_loss (as lib/metrics/log-loss). */
const EPS = "'2.220446049250313e-16'::DOUBLE"

/**
 * binaryMetrics over every labelled row with a probability, in SQL: counts and the confusion at
 * 0.5 exact, ROC AUC exact (integer trapezoids over the distinct scores, as aucFromClfCurve),
 * log loss and Brier as sums of the same per-row terms (added in another order: a few ulps).
 */
export async function metricsSql(
  session: DuckdbSession,
  side: DuckdbPredictions,
): Promise<{ metrics: BinaryMetrics | null; n: number }> {
  if (!side.hasProbability) return { metrics: null, n: 0 }
  const rows = `(SELECT y, p FROM ${side.view} WHERE y IS NOT NULL AND p IS NOT NULL)`
  const clipped = `least(greatest(p, ${EPS}), 1 - ${EPS})`
  const [m] = await session.all(
    `SELECT count(*)::DOUBLE AS n,
       sum(CASE WHEN y = 1 THEN -ln(${clipped}) ELSE -ln(1 - ${clipped}) END) AS ll,
       sum((y - p) * (y - p)) AS brier,
       count(*) FILTER (WHERE y = 1 AND p >= 0.5)::DOUBLE AS tp,
       count(*) FILTER (WHERE y = 0 AND p >= 0.5)::DOUBLE AS fp,
       count(*) FILTER (WHERE y = 0 AND p < 0.5)::DOUBLE AS tn,
       count(*) FILTER (WHERE y = 1 AND p < 0.5)::DOUBLE AS fn FROM ${rows}`,
  )
  const n = num(m!.n)
  if (n === 0) return { metrics: null, n: 0 }
  // trapezoid k over the distinct scores, descending: (fps_k − fps_k−1)(tps_k + tps_k−1)
  // = neg_k (2 tps_k − pos_k) = neg_k (tps_k + tps'_k), integers (exact), where tps_k counts the
  // positives scoring ≥ p_k and tps'_k those scoring > p_k. Summed over the negative rows
  // themselves (no GROUP BY over every distinct score), each counted in two levels so no window
  // runs over every row at once: the positives of the higher score buckets (2^16 buckets of
  // [0, 1], ordered as the scores), plus those of the same bucket at ≥ / > its score (windows
  // partitioned by bucket, ties by RANGE frames).
  const [auc] = await session.all(
    `WITH x AS (SELECT p, (y = 1)::INTEGER AS pos, floor(p * 65536)::INTEGER AS b FROM ${rows}),
     t AS (SELECT b, sum(pos) AS bucket, count(*) - sum(pos) AS neg FROM x GROUP BY b),
     a AS (SELECT b, COALESCE(sum(bucket) OVER (ORDER BY b DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS above, bucket, neg FROM t),
     w AS (SELECT b, sum(pos) OVER (PARTITION BY b ORDER BY p DESC RANGE UNBOUNDED PRECEDING) + sum(pos) OVER (PARTITION BY b ORDER BY p DESC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE TIES) AS within FROM x QUALIFY pos = 0),
     s AS (SELECT b, sum(within) AS within FROM w GROUP BY b)
     SELECT CAST(sum(a.neg * 2 * a.above + COALESCE(s.within, 0)) AS VARCHAR) AS area, CAST(sum(a.bucket) AS VARCHAR) AS pos, CAST(sum(a.neg) AS VARCHAR) AS neg
     FROM a LEFT JOIN s USING (b)`,
  )
  const positives = Number(auc!.pos)
  const negatives = Number(auc!.neg)
  const confusion = { tp: num(m!.tp), fp: num(m!.fp), tn: num(m!.tn), fn: num(m!.fn) }
  const scores = scoresFromConfusion(confusion)
  return {
    n,
    metrics: {
      log_loss: num(m!.ll) / n,
      f1_score: scores.f1,
      accuracy: scores.accuracy,
      precision: scores.precision,
      recall: scores.recall,
      roc_auc:
        positives === 0 || negatives === 0 ? NaN : Number(auc!.area) / (2 * positives * negatives),
      brier_score: num(m!.brier) / n,
    },
  }
}

const feature = (side: DuckdbPredictions, key: string): SqlSample => ({
  sql: `SELECT ${sqlName(`f_${key}`)} AS v FROM ${side.view}`,
  rows: side.rows,
})

/** columnKinds in SQL: integer on both sides, Evidently's kind over dev ∪ prod (one scan for all). */
async function columnsSql(
  session: DuckdbSession,
  dev: DuckdbPredictions,
  prod: DuckdbPredictions,
): Promise<Record<string, SnapshotColumn>> {
  const names = dev.features.filter((name) => prod.features.includes(name))
  const integer = (name: string) =>
    dev.integerFeatures.includes(name) && prod.integerFeatures.includes(name)
  const integers = names.filter(integer)
  let counts: Record<string, unknown> = {}
  if (integers.length > 0) {
    const list = integers.map((name) => sqlName(`f_${name}`)).join(', ')
    const distinct = integers.map((name, k) => {
      const v = sqlName(`f_${name}`)
      return `count(DISTINCT ${v}) FILTER (WHERE isfinite(${v}))::DOUBLE AS d${k}`
    })
    ;[counts = {}] = await session.all(
      `SELECT ${distinct.join(', ')} FROM (SELECT ${list} FROM ${dev.view} UNION ALL SELECT ${list} FROM ${prod.view})`,
    )
  }
  const out: Record<string, SnapshotColumn> = {}
  for (const name of names) {
    const k = integers.indexOf(name)
    const distinct =
      k < 0 ? Infinity : Math.min(num(counts[`d${k}`]), INTEGER_CARDINALITY_LIMIT + 1)
    out[name] = { kind: inferColumnType(k < 0 ? 'float' : 'int', distinct), integer: k >= 0 }
  }
  return out
}

/** The distinct values collectFilterOptions needs, as a small PredictionsData per side. */
async function filterValues(
  session: DuckdbSession,
  side: DuckdbPredictions,
): Promise<PredictionsData> {
  // one scan of the view for the numeric filters, one of the raw columns for the text ones
  const lists = async (relation: string, columns: [string, string][]) => {
    if (columns.length === 0) return {}
    const parts = columns.map(
      ([key, column]) => `list(DISTINCT ${sqlName(column)}) AS ${sqlName(key)}`,
    )
    const [row] = await session.all(`SELECT ${parts.join(', ')} FROM ${relation}`)
    return row ?? {}
  }
  const values = (row: Record<string, unknown>, key: string): unknown[] =>
    Array.isArray(row[key]) ? (row[key] as unknown[]) : []
  const numeric = ['period', 'playoffs'].filter((key) => side.features.includes(key))
  const text = ['season', 'shot_zone_basic'].filter((key) => side.context[key])
  const numbers = await lists(
    side.view,
    numeric.map((key) => [key, `f_${key}`]),
  )
  const strings = await lists(
    side.raw,
    text.map((key) => [key, side.context[key]!]),
  )
  const features: Record<string, Float64Array> = {}
  for (const key of numeric) {
    features[key] = Float64Array.from(
      values(numbers, key).filter((v) => v !== null && v !== undefined),
      (v) => num(v),
    )
  }
  const context: PredictionsData['context'] = {}
  for (const key of text) {
    context[key] = values(strings, key).map((v) => (typeof v === 'string' ? v : null))
  }
  return { target: new Float64Array(0), probability: null, label: null, features, context }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Everything snapshot.json holds that depends on every row, computed by DuckDB where the rows
 * are: metrics per side, column kinds, filter options, feature and output drift, histograms.
 */
export async function duckdbAggregates(
  session: DuckdbSession,
  dev: DuckdbPredictions | null,
  prod: DuckdbPredictions | null,
  problems: Problem[],
  prodSource: string,
): Promise<PredictionsAggregates> {
  const metrics = {
    dev: dev ? await metricsSql(session, dev) : null,
    prod: prod ? await metricsSql(session, prod) : null,
  }
  const filterOptions = collectFilterOptions([
    dev ? await filterValues(session, dev) : undefined,
    prod ? await filterValues(session, prod) : undefined,
  ])
  if (!dev || !prod) {
    return { metrics, columns: {}, filterOptions, drift: null, outputDrift: null, histograms: [] }
  }
  const columns = await columnsSql(session, dev, prod)
  const guarded = async <T>(what: string, run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run()
    } catch (error) {
      problems.push({ path: prodSource, message: `${what} not computed: ${describe(error)}` })
      return null
    }
  }
  // the drift rows count the same samples the plot histograms bin: they hand them over
  const computed = new Map<string, PlotHistogram>()
  const drift = await guarded('feature drift', () =>
    driftTableSql(
      session,
      Object.entries(columns).map(([name, column]): SqlDriftColumn => ({
        name,
        ref: feature(dev, name),
        cur: feature(prod, name),
        dtype: column.integer ? 'int' : 'float',
        type: column.kind,
      })),
      undefined,
      computed,
    ),
  )
  const output: SqlDriftColumn[] = []
  if (dev.hasProbability && prod.hasProbability) {
    output.push({
      name: 'prediction_score',
      ref: { sql: `SELECT p AS v FROM ${dev.view}`, rows: dev.rows },
      cur: { sql: `SELECT p AS v FROM ${prod.view}`, rows: prod.rows },
      dtype: 'float',
      type: null,
    })
  }
  const labelled = async (side: DuckdbPredictions) =>
    num((await session.all(`SELECT count(y)::DOUBLE AS n FROM ${side.view}`))[0]!.n)
  const devLabelled = await labelled(dev)
  const prodLabelled = await labelled(prod)
  if (devLabelled > 0 && prodLabelled > 0) {
    output.push({
      name: 'shot_made_flag',
      ref: { sql: `SELECT y AS v FROM ${dev.view} WHERE y IS NOT NULL`, rows: devLabelled },
      cur: { sql: `SELECT y AS v FROM ${prod.view} WHERE y IS NOT NULL`, rows: prodLabelled },
      dtype: 'int',
      type: null,
    })
  }
  const outputHistograms = new Map<string, PlotHistogram>()
  const outputDrift =
    output.length > 0
      ? await guarded('output drift', () =>
          driftTableSql(session, output, undefined, outputHistograms),
        )
      : null

  const histograms: SnapshotHistogram[] = []
  const pairs: [string, SqlSample, SqlSample][] = dev.features
    .filter((name) => prod.features.includes(name))
    .map((name) => [name, feature(dev, name), feature(prod, name)])
  if (dev.hasProbability && prod.hasProbability)
    pairs.push(['prediction_score', output[0]!.ref, output[0]!.cur])
  for (const [column, ref, cur] of pairs) {
    const known = column === 'prediction_score' ? outputHistograms : computed
    const histogram = known.get(column) ?? (await plotHistogramSql(session, ref, cur))
    if (histogram) histograms.push({ column, ...histogram })
  }
  return { metrics, columns, filterOptions, drift, outputDrift, histograms }
}
