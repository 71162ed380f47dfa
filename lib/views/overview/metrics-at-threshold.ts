import type { BinaryMetrics } from '../../metrics/binary-metrics'
import { scoresFromConfusion } from '../../metrics/classification-scores'
import { confusionFromCurve } from '../../metrics/confusion-from-curve'
import type { OverviewSample } from './overview-sample'

/**
 * The pipeline's seven metrics of a sample at `threshold`: F1, accuracy, precision and recall
 * read from the sorted curve in O(log n), the threshold-free ones as prepared. The same
 * arithmetic as `binaryMetrics`, so at 0.5 on every row it equals the build's numbers exactly.
 * Null when the sample has no labelled row with a probability.
 */
export function metricsAtThreshold(
  sample: OverviewSample,
  threshold: number,
): BinaryMetrics | null {
  const { performance, rank } = sample
  if (performance.kind !== 'ready' || rank === null) return null
  const scores = scoresFromConfusion(confusionFromCurve(performance.curve, threshold))
  return {
    log_loss: rank.log_loss,
    f1_score: scores.f1,
    accuracy: scores.accuracy,
    precision: scores.precision,
    recall: scores.recall,
    roc_auc: rank.roc_auc,
    brier_score: rank.brier_score,
  }
}
