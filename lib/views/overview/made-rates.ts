import type { DatasetName } from '../../site-data/predictions/snapshot-types'
import type { OverviewSample } from './overview-sample'
import { countAtOrAbove } from './sorted-scores'

/** Actual vs predicted made rate of one dataset at a threshold. */
export interface MadeRates {
  name: DatasetName
  /** labelled shots and how many went in */
  labelled: number
  made: number
  /** made / labelled; NaN without labels */
  actualRate: number
  /** shots with a probability, and how many reach the threshold */
  scored: number
  predictedMade: number
  /** predictedMade / scored; NaN without scores */
  predictedRate: number
  /** mean P(made) of the scored shots; NaN without scores */
  meanScore: number
  /** false when the file has no probability column at all (scored is then 0) */
  probabilityColumn?: boolean
}

/**
 * The made rate the model would report (shots with P(made) ≥ threshold, labelled or not) next to
 * the one that happened (labelled shots only), and the mean predicted probability.
 */
export function madeRates(sample: OverviewSample, threshold: number): MadeRates {
  const { labelled, made } = sample.counts
  const scores = sample.scores
  const scored = scores?.values.length ?? 0
  const predictedMade = scores ? countAtOrAbove(scores.values, threshold) : 0
  return {
    name: sample.name,
    labelled,
    made,
    actualRate: labelled === 0 ? NaN : made / labelled,
    scored,
    predictedMade,
    predictedRate: scored === 0 ? NaN : predictedMade / scored,
    meanScore: scores?.mean ?? NaN,
    probabilityColumn: scores !== null,
  }
}
