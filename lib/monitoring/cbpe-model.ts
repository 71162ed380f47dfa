import { seededRandom } from '../model/seeded-random'
import { fitIsotonic, type IsotonicCalibrator } from './isotonic-calibrator'

/** The dev calibrator and its bootstrap refits, fitted once and reused for every chunk. */
export interface CbpeModel {
  calibrator: IsotonicCalibrator
  /** one refit per draw, each on a seeded bootstrap resample of dev */
  bootstraps: IsotonicCalibrator[]
  seed: number
}

/**
 * Fits CBPE's calibrator on the dev reference (score, label) with scikit-learn's
 * IsotonicRegression(out_of_bounds="clip"), and `draws` refits on seeded bootstrap resamples of
 * dev that carry the calibrator's own error into the interval.
 */
export function fitCbpe(
  dev: { score: ArrayLike<number>; y: ArrayLike<number> },
  options: { draws?: number; seed?: number } = {},
): CbpeModel {
  const draws = options.draws ?? 200
  const seed = options.seed ?? 42
  const random = seededRandom(seed)
  const m = dev.score.length
  const bootScore = new Float64Array(m)
  const bootY = new Float64Array(m)
  const bootstraps: IsotonicCalibrator[] = []
  for (let d = 0; d < draws; d++) {
    for (let j = 0; j < m; j++) {
      const k = Math.floor(random() * m)
      bootScore[j] = dev.score[k]!
      bootY[j] = dev.y[k]!
    }
    bootstraps.push(fitIsotonic(bootScore, bootY))
  }
  return { calibrator: fitIsotonic(dev.score, dev.y), bootstraps, seed }
}
