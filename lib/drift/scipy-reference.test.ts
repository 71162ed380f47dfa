import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { binnedShares, fillZeroShares } from './binned-shares'
import { chiSquareTestSamples } from './chi-square-test'
import { decodeNumber, decodeNumbers, expandCounts } from './fixtures/decode-reference'
import { generatedSample } from './fixtures/generated-sample'
import { jensenShannonDistance } from './jensen-shannon-distance'
import { ks2samp } from './ks-2samp'
import { prepareSample } from './prepared-sample'
import { psi } from './psi'
import { standardDeviation } from './sample-moments'
import { quantileSorted, summaryStats } from './summary-stats'
import { normedWasserstein, wassersteinDistance } from './wasserstein-distance'
import { zTestProportions } from './z-test-proportions'

// Pinned by scripts/crosscheck/drift_reference.py (scipy 1.10.1, numpy 1.24.2, pandas 1.5.3).
const reference = JSON.parse(
  readFileSync(new URL('./fixtures/scipy-drift-reference.json', import.meta.url), 'utf8'),
)

/** |actual - expected| <= rel · |expected| (exact equality for non-finite values). */
function expectClose(actual: number, expected: unknown, rel: number, what = '') {
  const e = decodeNumber(expected)
  if (!Number.isFinite(e)) return expect(actual, what).toBe(e)
  expect(Math.abs(actual - e), `${what}: ${actual} vs ${e}`).toBeLessThanOrEqual(
    rel * Math.abs(e) + 1e-300,
  )
}

const RELATIVE = 1e-9
const SPECIAL = 1e-6
type Generator = [number, number, number, number, number]

interface NumericCase {
  name: string
  featureType: 'num'
  reference?: unknown[]
  current?: unknown[]
  generated?: { reference: Generator; current: Generator }
  expected: Record<string, unknown> & {
    binning: {
      kind: string
      edges: unknown[] | null
      keys: unknown[] | null
      reference: unknown[]
      current: unknown[]
    }
    chisquare: [unknown, unknown]
    summary_ref: { mean: number; std: number; quantiles: number[] }
    dropped: [number, number]
  }
}

interface CategoricalCase {
  name: string
  featureType: 'cat'
  referenceCounts: Record<string, number>
  currentCounts: Record<string, number>
  expected: Record<string, unknown> & {
    binning: { keys: string[]; reference: unknown[]; current: unknown[] }
    filled: { reference: unknown[]; current: unknown[] }
    chisquare: [unknown, unknown]
  }
}

const cases = reference.cases as (NumericCase | CategoricalCase)[]
const numericCases = cases.filter((c): c is NumericCase => c.featureType === 'num')
const categoricalCases = cases.filter((c): c is CategoricalCase => c.featureType === 'cat')

function samples(c: NumericCase): [number[] | Float64Array, number[] | Float64Array] {
  if (c.generated) {
    return [generatedSample(...c.generated.reference), generatedSample(...c.generated.current)]
  }
  return [decodeNumbers(c.reference!), decodeNumbers(c.current!)]
}

describe('numeric samples agree with scipy/numpy', () => {
  it.each(numericCases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const [ref, cur] = samples(c)
    const e = c.expected
    expectClose(wassersteinDistance(ref, cur), e.wasserstein, RELATIVE, 'wasserstein')
    expectClose(normedWasserstein(ref, cur), e.wasserstein_normed, RELATIVE, 'normed')
    const refSorted = prepareSample(ref, 'ref')
    if (refSorted.kind !== 'numeric') throw new Error('numeric expected')
    expectClose(standardDeviation(refSorted.sorted), e.std_ref_ddof0, RELATIVE, 'np.std')

    const ks = ks2samp(ref, cur)
    expect(ks.dropped).toEqual(e.dropped)
    expect(ks.method).toBe(e.ks_method)
    expectClose(ks.statistic, e.ks_statistic, RELATIVE, 'ks statistic')
    expectClose(ks.pValue, e.ks_p_value, SPECIAL, 'ks p')
    expectClose(ks.location, e.ks_location, 0, 'ks location')
    expect(ks.sign).toBe(e.ks_sign)

    const shares = binnedShares(ref, cur, 'numerical')
    expect(shares.kind).toBe(e.binning.kind)
    if (e.binning.edges) {
      expect(Array.from(shares.edges!)).toEqual(decodeNumbers(e.binning.edges))
    } else {
      expect(shares.keys).toEqual(decodeNumbers(e.binning.keys!))
    }
    expect(Array.from(shares.reference)).toEqual(decodeNumbers(e.binning.reference))
    expect(Array.from(shares.current)).toEqual(decodeNumbers(e.binning.current))
    expectClose(psi(ref, cur, 'numerical'), e.psi, RELATIVE, 'psi')
    expectClose(
      jensenShannonDistance(shares.reference, shares.current),
      e.jensenshannon,
      RELATIVE,
      'jensenshannon',
    )

    const curSorted = prepareSample(cur, 'cur')
    const chi = chiSquareTestSamples(refSorted, curSorted)
    expectClose(chi.statistic, e.chisquare[0], RELATIVE, 'chi2 statistic')
    expectClose(chi.pValue, e.chisquare[1], SPECIAL, 'chi2 p')
    expectClose(zTestProportions(ref, cur).pValue, e.z_p_value, SPECIAL, 'z p')

    const summary = summaryStats(refSorted.sorted)
    expectClose(summary.mean, e.summary_ref.mean, RELATIVE, 'mean')
    expectClose(summary.std, e.summary_ref.std, RELATIVE, 'std ddof=1')
    const q = [0.05, 0.25, 0.5, 0.75, 0.95].map((p) => quantileSorted(refSorted.sorted, p))
    q.forEach((value, i) => expectClose(value, e.summary_ref.quantiles[i], RELATIVE, `q${i}`))
  })
})

describe('categorical samples agree with Evidently on scipy', () => {
  it.each(categoricalCases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const ref = expandCounts(c.referenceCounts)
    const cur = expandCounts(c.currentCounts)
    const e = c.expected
    const shares = binnedShares(ref, cur, 'categorical')
    expect(shares.kind).toBe('values')
    expect(shares.keys).toEqual(e.binning.keys)
    Array.from(shares.reference).forEach((v, i) => expectClose(v, e.binning.reference[i], 1e-15))
    Array.from(shares.current).forEach((v, i) => expectClose(v, e.binning.current[i], 1e-15))
    const filledRef = fillZeroShares(shares.reference)
    const filledCur = fillZeroShares(shares.current)
    Array.from(filledRef).forEach((v, i) => expectClose(v, e.filled.reference[i], 1e-15))
    Array.from(filledCur).forEach((v, i) => expectClose(v, e.filled.current[i], 1e-15))
    expectClose(psi(ref, cur, 'categorical'), e.psi, RELATIVE, 'psi')
    expectClose(
      jensenShannonDistance(shares.reference, shares.current),
      e.jensenshannon,
      RELATIVE,
      'jensenshannon',
    )
    const chi = chiSquareTestSamples(prepareSample(ref, 'ref'), prepareSample(cur, 'cur'))
    expectClose(chi.statistic, e.chisquare[0], RELATIVE, 'chi2 statistic')
    expectClose(chi.pValue, e.chisquare[1], SPECIAL, 'chi2 p')
    expectClose(zTestProportions(ref, cur).pValue, e.z_p_value, SPECIAL, 'z p')
  })
})
