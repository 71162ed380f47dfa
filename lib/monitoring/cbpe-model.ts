import { seededRandom } from '../model/seeded-random'
import { isotonicBootstraps } from './isotonic-bootstraps'
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
  const bootstraps = isotonicBootstraps(dev.score, dev.y, draws, seededRandom(seed))
  return { calibrator: fitIsotonic(dev.score, dev.y), bootstraps, seed }
}
