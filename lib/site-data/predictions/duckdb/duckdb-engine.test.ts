import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeNumber, decodeNumbers } from '../../../drift/fixtures/decode-reference'
import { generatedSample } from '../../../drift/fixtures/generated-sample'
import { buildPredictionsSnapshot } from '../build-predictions-snapshot'
import type { PredictionsInput } from '../predictions-input'
import { readPredictionsInput } from '../read-predictions-input'
import { FINE_BINS, driftTableSql } from './duckdb-drift'
import { chooseEngine, readWithDuckdb } from './duckdb-engine'
import { openDuckdbSession, sqlString } from './duckdb-session'

const OUTPUT = join(__dirname, '../../../../data/output')
const DEV = join(OUTPUT, 'predictions_dev.parquet')
const PROD = join(OUTPUT, 'predictions_prod.parquet')
const FIXTURES = join(__dirname, '../../../predictions/fixtures')

/**
 * Sums of many floats (log loss, Brier, means, std, the Wasserstein integral) are added in
 * another order by DuckDB: they may differ in the last bits, nothing else may.
 */
const FLOAT_SUM = 1e-12

/** Every leaf equal; numbers within FLOAT_SUM relative. Returns the paths that differ. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Object.is(a, b)) return []
    const close = Math.abs(a - b) <= FLOAT_SUM * Math.max(Math.abs(a), Math.abs(b))
    return close ? [] : [`${path}: ${a} vs ${b}`]
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].flatMap((key) =>
      differences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      ),
    )
  }
  return JSON.stringify(a) === JSON.stringify(b)
    ? []
    : [`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`]
}

async function build(dev: PredictionsInput, prod: PredictionsInput, rowsLimit?: number) {
  const outDir = await mkdtemp(join(tmpdir(), 'duckdb-snapshot-'))
  const snapshot = await buildPredictionsSnapshot({ dev, prod, outDir, rowsLimit })
  return { snapshot: { ...snapshot, generatedAt: '' }, outDir }
}

describe('the DuckDB engine', () => {
  it('builds the same snapshot and rows files as the in-JS path on the Kobe data', async () => {
    const js = await build(await readPredictionsInput(DEV), await readPredictionsInput(PROD))
    const duck = await build(await readWithDuckdb(DEV), await readWithDuckdb(PROD))
    expect(js.snapshot.datasets.prod!.rows).toBe(6426)
    expect(duck.snapshot.drift!.rows.length).toBeGreaterThan(5)
    expect(differences(js.snapshot, duck.snapshot)).toEqual([])
    // exact fields are identical, not merely close
    const exact = (s: typeof js.snapshot) => ({
      reports: [s.datasets.dev!.report, s.datasets.prod!.report],
      confusion: [s.datasets.prod!.metrics!.accuracy, s.datasets.prod!.metrics!.f1_score],
      auc: s.datasets.prod!.metrics!.roc_auc,
      columns: s.columns,
      filters: s.filterOptions,
      histograms: s.histograms,
      ks: s.drift!.rows.map((r) => [r.alternatives.ks_statistic, r.alternatives.ks_p_value]),
      binned: s.drift!.rows.map((r) => [r.alternatives.psi, r.alternatives.jensenshannon]),
      support: s.drift!.rows.map((r) => r.support),
      verdict: s.drift!.dataset,
    })
    expect(exact(duck.snapshot)).toEqual(exact(js.snapshot))
    for (const name of ['rows-dev.parquet', 'rows-prod.parquet']) {
      const [a, b] = [join(js.outDir, name), join(duck.outDir, name)]
      expect(Buffer.compare(await readFile(a), await readFile(b)), name).toBe(0)
    }
  })

  it('ships the same seeded sample as the in-JS path when the rows are capped', async () => {
    const js = await build(await readPredictionsInput(DEV), await readPredictionsInput(PROD), 1000)
    const duck = await build(
      await readWithDuckdb(DEV, 1000),
      await readWithDuckdb(PROD, 1000),
      1000,
    )
    expect(duck.snapshot.datasets.prod).toMatchObject({ shippedRows: 1000, sampled: true })
    expect(differences(js.snapshot, duck.snapshot)).toEqual([])
    const rows = async (dir: string) => readFile(join(dir, 'rows-prod.parquet'))
    expect(Buffer.compare(await rows(js.outDir), await rows(duck.outDir))).toBe(0)
  })

  it('reads every predictions fixture into the same report and rows, or the same error', async () => {
    const files = (await readdir(FIXTURES)).filter(
      (f) => f.endsWith('.parquet') && f !== 'empty.parquet' && f !== 'not-parquet.parquet',
    )
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const js = await readPredictionsInput(join(FIXTURES, file))
      const duck = await readWithDuckdb(join(FIXTURES, file)).catch((error: Error) => ({
        status: 'unreadable' as const,
        error: error.message,
      }))
      if (js.status === 'unreadable') {
        expect(duck, file).toMatchObject({ status: 'unreadable', error: js.error })
        continue
      }
      expect(duck.status, file).toBe('read')
      if (duck.status !== 'read') continue
      expect(duck.predictions, file).toEqual(js.predictions)
      expect(duck.integerFeatures, file).toEqual(js.integerFeatures)
    }
  })

  it("counts a text feature's values that are not numbers as the in-JS path does, numeric ones without a scan", async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'duckdb-text-feature-')), 'text.parquet')
    const session = await openDuckdbSession()
    await session.run(
      `COPY (SELECT shot_made_flag::DOUBLE AS shot_made_flag, prediction_score::DOUBLE AS prediction_score, shot_distance, period FROM (VALUES (1.0, 0.8, '12', 3), (0.0, 0.3, 'abc', 1), (1.0, 0.6, NULL, 2), (0.0, 0.4, ' 7 ', 4)) t(shot_made_flag, prediction_score, shot_distance, period)) TO ${sqlString(file)} (FORMAT parquet)`,
    )
    const js = await readPredictionsInput(file)
    const duck = await readWithDuckdb(file)
    expect(js.status).toBe('read')
    if (js.status !== 'read' || duck.status !== 'read') return
    expect(duck.predictions).toEqual(js.predictions)
    expect(duck.integerFeatures).toEqual(js.integerFeatures)
    expect(duck.predictions.report.warnings).toContain(
      'feature shot_distance (column "shot_distance"): 1 value is not a number (first: "abc" at row 1, counting from 0), read as missing',
    )
  })

  it('names a file DuckDB cannot read in one sentence', async () => {
    await expect(readWithDuckdb(join(FIXTURES, 'not-parquet.parquet'))).rejects.toThrow(
      /not-parquet\.parquet: DuckDB cannot read it as parquet: .*magic bytes/,
    )
  })

  it('reads a hive-partitioned folder (date=.../*.parquet) as one dataset', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'hive-predictions-'))
    const session = await openDuckdbSession()
    await session.run(
      `COPY (SELECT *, '2024-0' || (1 + shot_id % 3) AS date FROM read_parquet(${sqlString(PROD)})) TO ${sqlString(folder)} (FORMAT parquet, PARTITION_BY (date))`,
    )
    const parts = await readdir(folder)
    expect(parts.sort()).toEqual(['date=2024-01', 'date=2024-02', 'date=2024-03'])
    expect(await chooseEngine(folder, {})).toBe('duckdb')
    const file = await build(await readWithDuckdb(DEV), await readWithDuckdb(PROD))
    const hive = await build(await readWithDuckdb(DEV), await readWithDuckdb(folder))
    const prod = hive.snapshot.datasets.prod!
    expect(prod.rows).toBe(6426)
    expect(prod.report.mapping).toEqual(file.snapshot.datasets.prod!.report.mapping)
    // the same rows in another order: every aggregate is the same
    for (const key of ['metrics', 'metricsRows', 'labelledRows'] as const) {
      expect(differences(prod[key], file.snapshot.datasets.prod![key]), key).toEqual([])
    }
    for (const key of ['columns', 'filterOptions', 'drift', 'outputDrift', 'histograms'] as const) {
      expect(differences(hive.snapshot[key], file.snapshot[key]), key).toEqual([])
    }
  })

  it('is chosen by MONITOR_ENGINE, for folders, globs and URLs, and above 1M rows', async () => {
    expect(await chooseEngine(PROD, {})).toBe('js')
    expect(await chooseEngine(PROD, { MONITOR_ENGINE: 'duckdb' })).toBe('duckdb')
    expect(await chooseEngine('s3://bucket/predictions/*.parquet', { MONITOR_ENGINE: 'js' })).toBe(
      'js',
    )
    expect(await chooseEngine('s3://bucket/predictions/*.parquet', {})).toBe('duckdb')
    expect(await chooseEngine('https://example.org/p.parquet', {})).toBe('duckdb')
    expect(await chooseEngine(join(OUTPUT, '*.parquet'), {})).toBe('duckdb')
  })
})

// Pinned by scripts/crosscheck/drift_reference.py (scipy 1.10.1, numpy 1.24.2, pandas 1.5.3).
const scipy = JSON.parse(
  readFileSync(
    new URL('../../../drift/fixtures/scipy-drift-reference.json', import.meta.url),
    'utf8',
  ),
)

type Generator = [number, number, number, number, number]
interface NumericCase {
  name: string
  featureType: string
  reference?: unknown[]
  current?: unknown[]
  generated?: { reference: Generator; current: Generator }
  expected: Record<string, unknown> & {
    summary_ref: { mean: number; std: number; quantiles: number[] }
    dropped: [number, number]
  }
}

async function loadSamples(c: NumericCase) {
  const sample = (side: 'reference' | 'current') =>
    c.generated ? Array.from(generatedSample(...c.generated[side])) : decodeNumbers(c[side]!)
  const session = await openDuckdbSession()
  const sizes: Record<string, number> = {}
  for (const side of ['reference', 'current'] as const) {
    const values = sample(side)
    await session.run(`CREATE TABLE ${side} (v DOUBLE)`)
    const appender = await session.connection.createAppender(side)
    for (const value of values) {
      appender.appendDouble(value)
      appender.endRow()
    }
    appender.closeSync()
    sizes[side] = values.length
  }
  return { session, sample, sizes }
}

describe('drift statistics in DuckDB against SciPy', () => {
  const cases = (scipy.cases as NumericCase[]).filter((c) => c.featureType === 'num')

  it('reads the ECDFs from 2^16 bins above the distinct limit, within the stated bounds', async () => {
    const c = cases.find((x) => x.name === 'asymptotic KS 100000 vs 100000')!
    const { session, sample, sizes } = await loadSamples(c)
    const rowAt = async (limit: number) => {
      const table = await driftTableSql(
        session,
        [
          {
            name: c.name,
            ref: { sql: 'SELECT v FROM reference', rows: sizes.reference! },
            cur: { sql: 'SELECT v FROM current', rows: sizes.current! },
            dtype: 'float',
            type: 'numerical',
          },
        ],
        limit,
      )
      return table.rows[0]!
    }
    const exact = await rowAt(Infinity)
    const row = await rowAt(0)
    const e = c.expected
    expect(exact.alternatives.psi).toBe(row.alternatives.psi) // Sturges bins: exact either way
    // the bounds: h = pooled range / 2^16; the widest bin share bounds the KS error
    const ref = sample('reference')
    const cur = sample('current')
    const lo = [...ref, ...cur].reduce((a, b) => Math.min(a, b), Infinity)
    const hi = [...ref, ...cur].reduce((a, b) => Math.max(a, b), -Infinity)
    const h = (hi - lo) / FINE_BINS
    const share = new Map<number, [number, number]>()
    for (const [values, side] of [
      [ref, 0],
      [cur, 1],
    ] as const) {
      for (const v of values) {
        const b = Math.min(Math.floor(((v - lo) / (hi - lo)) * FINE_BINS), FINE_BINS - 1)
        const s = share.get(b) ?? [0, 0]
        s[side] += 1 / values.length
        share.set(b, s)
      }
    }
    const widest = Math.max(...[...share.values()].map(([r, c]) => Math.max(r, c)))
    const ks = decodeNumber(e.ks_statistic)
    expect(row.alternatives.ks_statistic!).toBeLessThanOrEqual(ks + 1e-12)
    expect(row.alternatives.ks_statistic!).toBeGreaterThanOrEqual(ks - widest - 1e-12)
    const std = decodeNumber(e.std_ref_ddof0)
    const w = decodeNumber(e.wasserstein_normed)
    expect(Math.abs(row.alternatives.wasserstein_normed! - w)).toBeLessThanOrEqual((2 * h) / std)
    expect(
      Math.abs(row.summary!.reference.quantiles.p50 - e.summary_ref.quantiles[2]!),
    ).toBeLessThanOrEqual(h)
    expect(row.alternatives.wasserstein_normed).not.toBe(exact.alternatives.wasserstein_normed)
  })

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const { session, sizes: tables } = await loadSamples(c)
    const table = await driftTableSql(session, [
      {
        name: c.name,
        ref: { sql: 'SELECT v FROM reference', rows: tables.reference! },
        cur: { sql: 'SELECT v FROM current', rows: tables.current! },
        dtype: 'float',
        type: 'numerical',
        method: 'ks',
      },
    ])
    const row = table.rows[0]!
    const e = c.expected
    const close = (actual: number | null, expected: unknown, what: string) => {
      const x = decodeNumber(expected)
      expect(actual, what).not.toBeNull()
      if (!Number.isFinite(x)) return expect(actual, what).toBe(x)
      expect(Math.abs(actual! - x), `${what}: ${actual} vs ${x}`).toBeLessThanOrEqual(
        1e-9 * Math.abs(x) + 1e-300,
      )
    }
    close(row.alternatives.ks_statistic, e.ks_statistic, 'ks statistic')
    close(row.alternatives.ks_p_value, e.ks_p_value, 'ks p-value')
    close(row.alternatives.wasserstein_normed, e.wasserstein_normed, 'normed wasserstein')
    close(row.alternatives.psi, e.psi, 'psi')
    close(row.alternatives.jensenshannon, e.jensenshannon, 'jensen-shannon')
    close(row.summary!.reference.mean, e.summary_ref.mean, 'mean')
    close(row.summary!.reference.std, e.summary_ref.std, 'std')
    const q = row.summary!.reference.quantiles
    e.summary_ref.quantiles.forEach((x, i) =>
      close([q.p05, q.p25, q.p50, q.p75, q.p95][i]!, x, `quantile ${i}`),
    )
    expect([row.dropped.reference, row.dropped.current]).toEqual(e.dropped)
  })
})
