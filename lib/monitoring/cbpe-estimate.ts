import type { ConfusionCounts } from '../metrics/confusion-matrix'
import { scoresFromConfusion } from '../metrics/classification-scores'
import { aucFromClfCurve } from '../metrics/roc-auc'
import { seededRandom } from '../model/seeded-random'
import type { CbpeModel } from './cbpe-model'
import { isotonicDescending, type IsotonicCalibrator } from './isotonic-calibrator'
import { finiteSet, type MetricSet } from './metric-set'
import { cumulativeCounts, rankedGroups, type RankedGroups } from './ranked-groups'
import { asReason, reason, type Reason } from './reason'

/** The metrics CBPE estimates (log loss and Brier need labels to mean anything). */
export { fitCbpe, type CbpeModel } from './cbpe-model'

export const ESTIMATED_METRICS = ['accuracy', 'precision', 'recall', 'f1_score', 'roc_auc'] as const
export type EstimatedMetric = (typeof ESTIMATED_METRICS)[number]

export const CBPE_METHOD =
  'CBPE: isotonic regression (scikit-learn IsotonicRegression, out_of_bounds="clip") fitted on the ' +
  'dev reference maps scores to P(made); the expected confusion matrix sums those probabilities'
export const CBPE_INTERVAL_METHOD =
  'seeded Monte Carlo: each draw refits the calibrator on a bootstrap resample of dev and redraws ' +
  'every prod label as Bernoulli(calibrated probability); the interval spans the central 95% of ' +
  'the draws with the refit shift as drawn (percentile) and reflected around the estimate (basic)'

export interface CbpeEstimate extends MetricSet {
  /** expected counts: tp = Σ_{score ≥ t} p, fp = Σ_{score ≥ t} (1 − p), … */
  confusion: ConfusionCounts
  /** [2.5 %, 97.5 %] of the realised metric under the calibrated probabilities */
  interval: Partial<Record<EstimatedMetric, [number, number] | null>>
  /** standard deviation of the realised metric over the draws (NannyML's "sampling error") */
  samplingError: Partial<Record<EstimatedMetric, number | null>>
  draws: number
  seed: number
}

function metricsOf(
  confusion: ConfusionCounts,
  groups: RankedGroups,
  weight: ArrayLike<number>,
): Record<EstimatedMetric, number> {
  const scores = scoresFromConfusion(confusion)
  const { tps, fps } = cumulativeCounts(groups, weight)
  return {
    accuracy: scores.accuracy,
    precision: scores.precision,
    recall: scores.recall,
    f1_score: scores.f1,
    roc_auc: aucFromClfCurve({ tps, fps, thresholds: tps }),
  }
}

function confusionOf(predicted: Uint8Array, weight: ArrayLike<number>): ConfusionCounts {
  let tp = 0
  let fp = 0
  let tn = 0
  let fn = 0
  for (let i = 0; i < predicted.length; i++) {
    const w = weight[i]!
    if (predicted[i]) {
      tp += w
      fp += 1 - w
    } else {
      fn += w
      tn += 1 - w
    }
  }
  return { tp, fp, tn, fn }
}

function quantileOfSorted(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.min(lo + 1, sorted.length - 1)
  return sorted[lo]! + (pos - lo) * (sorted[hi]! - sorted[lo]!)
}

function groupProbabilities(
  calibrator: IsotonicCalibrator,
  score: ArrayLike<number>,
  groups: RankedGroups,
  out: Float64Array,
): Float64Array {
  let k = 0
  const calibrate = isotonicDescending(calibrator)
  for (let g = 0; g < groups.ends.length; g++) {
    const end = groups.ends[g]!
    const p = calibrate(score[groups.order[k]!]!)
    for (; k < end; k++) out[groups.order[k]!] = p
  }
  return out
}

/**
 * Above this many prod rows the interval's draws run on a seeded uniform subsample of this many
 * rows: the calibrator's part of the spread is kept as drawn and the label noise is rescaled by
 * √(m / n) (the metrics are √n-consistent); the estimate itself always uses every row.
 */
export const MAX_DRAW_ROWS = 100_000

/** A seeded uniform sample of `m` of the values (Floyd's algorithm), in their original order. */
function subsample(values: ArrayLike<number>, m: number, seed: number): Float64Array {
  const random = seededRandom(seed)
  const n = values.length
  const chosen = new Set<number>()
  for (let j = n - m; j < n; j++) {
    const t = Math.floor(random() * (j + 1))
    chosen.add(chosen.has(t) ? j : t)
  }
  return Float64Array.from(
    [...chosen].sort((a, b) => a - b),
    (i) => values[i]!,
  )
}

/**
 * Confidence-based performance estimation (NannyML's CBPE) on unlabelled rows: the dev
 * calibrator maps each prod score to P(made), the predicted label is `score >= threshold`, and
 * the expected confusion matrix, accuracy, precision, recall, F1 and ROC AUC follow from the
 * calibrated probabilities (AUC: the expected ROC curve over the scores' ranking). The
 * uncertainty covers both the labels a sample would draw and the calibrator's own error: for
 * each bootstrap refit, every prod label is redrawn as Bernoulli(calibrated p) (seeded), and the
 * interval holds the central 95 % of the realised metric. `what` names the data in sentences.
 */
export function estimatePerformance(
  model: CbpeModel,
  score: ArrayLike<number>,
  subject: string | Reason,
  threshold = 0.5,
  /** draws for the interval: the first `draws` bootstrap refits (default all) */
  maxDraws?: number,
): CbpeEstimate {
  const draws = Math.min(maxDraws ?? model.bootstraps.length, model.bootstraps.length)
  const what = asReason(subject)
  const n = score.length
  const groups = rankedGroups(score)
  const p = groupProbabilities(model.calibrator, score, groups, new Float64Array(n))
  const predicted = new Uint8Array(n)
  for (let i = 0; i < n; i++) predicted[i] = score[i]! >= threshold ? 1 : 0
  const confusion = confusionOf(predicted, p)
  const raw =
    n === 0
      ? (Object.fromEntries(ESTIMATED_METRICS.map((m) => [m, NaN])) as Record<
          EstimatedMetric,
          number
        >)
      : metricsOf(confusion, groups, p)
  const base = finiteSet(n, raw, (name) =>
    n === 0
      ? reason('cbpe.noScore', { metric: name, what })
      : reason('cbpe.oneClass', { metric: name, what, value: p[0]! }),
  )
  const samples: Record<EstimatedMetric, number[]> = {
    accuracy: [],
    precision: [],
    recall: [],
    f1_score: [],
    roc_auc: [],
  }
  const reflected: Record<EstimatedMetric, number[]> = {
    accuracy: [],
    precision: [],
    recall: [],
    f1_score: [],
    roc_auc: [],
  }
  const scoreOfRows = score
  // above MAX_DRAW_ROWS the draws run on a seeded subsample; their spread is rescaled below
  const sub = n > MAX_DRAW_ROWS ? subsample(score, MAX_DRAW_ROWS, model.seed + 2) : null
  const mcGroups = sub ? rankedGroups(sub) : groups
  const scale = sub ? Math.sqrt(sub.length / n) : 1
  // the estimate on the rows the draws run on: every row, or the subsample
  let center: Record<EstimatedMetric, number> = raw
  if (sub) {
    const pSub = groupProbabilities(model.calibrator, sub, mcGroups, new Float64Array(sub.length))
    const predSub = Uint8Array.from(sub, (v) => (v >= threshold ? 1 : 0))
    center = metricsOf(confusionOf(predSub, pSub), mcGroups, pSub)
  }
  if (n > 0) {
    const random = seededRandom(model.seed + 1)
    const groups = mcGroups
    const score = sub ?? scoreOfRows
    const tps = new Float64Array(groups.ends.length)
    const fps = new Float64Array(groups.ends.length)
    // groups are in decreasing score, so the rows predicted 1 are the first `cut` groups
    let cut = 0
    while (cut < groups.ends.length && score[groups.order[groups.ends[cut]! - 1]!]! >= threshold)
      cut++
    // the expected curve under each refit too: the calibrator's share of the spread, which does
    // not shrink with more prod rows
    const tpsE = new Float64Array(groups.ends.length)
    const fpsE = new Float64Array(groups.ends.length)
    const metricsAt = (t: Float64Array, f: Float64Array): Record<EstimatedMetric, number> => {
      const m = t.length
      const predictedTp = cut > 0 ? t[cut - 1]! : 0
      const predictedFp = cut > 0 ? f[cut - 1]! : 0
      const scores = scoresFromConfusion({
        tp: predictedTp,
        fp: predictedFp,
        fn: (m ? t[m - 1]! : 0) - predictedTp,
        tn: (m ? f[m - 1]! : 0) - predictedFp,
      })
      return {
        accuracy: scores.accuracy,
        precision: scores.precision,
        recall: scores.recall,
        f1_score: scores.f1,
        roc_auc: aucFromClfCurve({ tps: t, fps: f, thresholds: t }),
      }
    }
    for (const bootstrap of model.bootstraps.slice(0, draws)) {
      // one pass in ranked order: a calibrated p per group of tied scores, a label per row
      let tp = 0
      let fp = 0
      let tpE = 0
      let fpE = 0
      let k = 0
      const calibrate = isotonicDescending(bootstrap)
      for (let g = 0; g < groups.ends.length; g++) {
        const end = groups.ends[g]!
        const pg = calibrate(score[groups.order[k]!]!)
        tpE += pg * (end - k)
        fpE += (1 - pg) * (end - k)
        tpsE[g] = tpE
        fpsE[g] = fpE
        for (; k < end; k++) {
          if (random() < pg) tp++
          else fp++
        }
        tps[g] = tp
        fps[g] = fp
      }
      const realised = metricsAt(tps, fps)
      const expected = metricsAt(tpsE, fpsE)
      for (const m of ESTIMATED_METRICS) {
        const v = realised[m]
        const full = base.values[m]
        if (!Number.isFinite(v)) continue
        if (full == null || !Number.isFinite(expected[m]) || !Number.isFinite(center[m])) {
          samples[m].push(v)
          reflected[m].push(v)
          continue
        }
        // full = estimate on every row; the calibrator's shift as drawn (percentile bootstrap)
        // and reflected around the estimate (basic bootstrap); the label noise as drawn,
        // rescaled to n rows when the draws run on a subsample
        const shift = expected[m] - center[m]
        const noise = (v - expected[m]) * scale
        samples[m].push(full + shift + noise)
        reflected[m].push(full - shift + noise)
      }
    }
  }
  const interval: CbpeEstimate['interval'] = {}
  const samplingError: CbpeEstimate['samplingError'] = {}
  for (const m of ESTIMATED_METRICS) {
    const s = samples[m].sort((a, b) => a - b)
    const r = reflected[m].sort((a, b) => a - b)
    if (base.values[m] === null || s.length < draws / 2) {
      interval[m] = null
      samplingError[m] = null
      continue
    }
    // An isotonic fit is optimistic and a refit on a resample of dev more so: the refits sit on
    // the far side of the estimate from the truth, and their spread understates the fit's error
    // (the bootstrap of an isotonic regression is not consistent). The interval spans both the
    // percentile and the basic bootstrap bounds; scripts/crosscheck/cbpe-coverage.ts measures it.
    interval[m] = [
      Math.min(quantileOfSorted(s, 0.025), quantileOfSorted(r, 0.025)),
      Math.max(quantileOfSorted(s, 0.975), quantileOfSorted(r, 0.975)),
    ]
    const mean = s.reduce((a, b) => a + b, 0) / s.length
    samplingError[m] = Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / s.length)
  }
  return { ...base, confusion, interval, samplingError, draws, seed: model.seed }
}
