import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { computeDriftTable, type DriftTable } from './drift-table'
import { loadKobeDriftColumns } from './kobe-drift-columns'

// The course data lives beside the project (../shared/data/kobe), as in CI.
const DATA_DIR = fileURLToPath(new URL('../../../shared/data/kobe', import.meta.url))
// Pinned by scripts/crosscheck/drift_reference.py --kobe (pandas/numpy/scipy restating Evidently).
const expected = JSON.parse(
  readFileSync(new URL('./fixtures/kobe-drift-expected.json', import.meta.url), 'utf8'),
) as {
  rows: {
    column: string
    type: string
    distinct: number
    method: string
    statistic: number
    drifted: boolean
    refCount: number
    curCount: number
    alternatives: Record<string, number>
    outsideShare: number
    outsideCentralShare: number
    summary: Record<
      'reference' | 'current',
      { mean: number; std: number; min: number; max: number; quantiles: number[] }
    >
  }[]
  dataset: { driftedCount: number; columnCount: number; share: number; datasetDrift: boolean }
}

const close = (actual: number | null, want: number, rel: number, what: string) =>
  expect(Math.abs(actual! - want), `${what}: ${actual} vs ${want}`).toBeLessThanOrEqual(
    rel * Math.abs(want),
  )

describe('Kobe dev (2PT, labelled) vs prod (3PT) drift table', () => {
  let table: DriftTable
  beforeAll(async () => {
    const { reference, current } = await loadKobeDriftColumns(DATA_DIR)
    table = computeDriftTable(reference, current)
  })

  it('chooses the tests Evidently chooses and flags the same columns', () => {
    expect(table.rows.map((row) => [row.column, row.type, row.method, row.drifted])).toEqual(
      expected.rows.map((row) => [row.column, row.type, row.method, row.drifted]),
    )
    expect(table.rows.filter((row) => row.drifted).map((row) => row.column)).toEqual([
      'lat',
      'lng',
      'minutes_remaining',
      'shot_distance',
    ])
    expect(table.dataset).toEqual({ ...expected.dataset, driftShare: 0.5 })
  })

  it.each(expected.rows.map((row) => [row.column, row] as const))(
    '%s: statistic, alternatives, counts and summaries',
    (name, want) => {
      const row = table.rows.find((candidate) => candidate.column === name)!
      expect([row.refCount, row.curCount, row.distinct]).toEqual([
        want.refCount,
        want.curCount,
        want.distinct,
      ])
      expect(row.dropped).toEqual({ reference: 0, current: 0 })
      close(row.statistic, want.statistic, 1e-9, 'statistic')
      for (const key of ['psi', 'jensenshannon', 'ks_statistic', 'wasserstein_normed'] as const) {
        close(row.alternatives[key], want.alternatives[key]!, 1e-9, key)
      }
      // KS p-values here are 0 or ~0.54: compare with an absolute margin too
      expect(Math.abs(row.alternatives.ks_p_value! - want.alternatives.ks_p_value!)).toBeLessThan(
        1e-6 * want.alternatives.ks_p_value! + 1e-300,
      )
      if (row.support.kind !== 'range') throw new Error('numeric support expected')
      close(row.support.outsideShare, want.outsideShare, 1e-12, 'outside share')
      close(row.support.outsideCentralShare, want.outsideCentralShare, 1e-12, 'outside central')
      for (const side of ['reference', 'current'] as const) {
        const got = row.summary![side]
        const ref = want.summary[side]
        close(got.mean, ref.mean, 1e-12, `${side} mean`)
        close(got.std, ref.std, 1e-12, `${side} std`)
        expect([got.min, got.max]).toEqual([ref.min, ref.max])
        Object.values(got.quantiles).forEach((q, i) => close(q, ref.quantiles[i]!, 1e-12, 'q'))
      }
    },
  )

  it('shows the 2PT → 3PT shift as support coverage', () => {
    const support = Object.fromEntries(
      table.rows.map((row) => [row.column, row.support.kind === 'range' ? row.support : null]),
    )
    // a single 50 ft two-pointer hides the shift from [min, max]; the central 99 % range shows it
    expect(support.shot_distance!.outsideShare).toBeLessThan(0.01)
    expect(support.shot_distance!.outsideCentralShare).toBeGreaterThan(0.95)
    expect(support.lat!.outsideCentralShare).toBeGreaterThan(0.4)
  })
})
