import { binnedSharesPrepared, type FeatureType } from './binned-shares'
import { chiSquareTestSamples } from './chi-square-test'
import { DriftInputError } from './drift-input-error'
import { DRIFT_METHODS, type DriftMethod } from './drift-methods'
import { jensenShannonDistance } from './jensen-shannon-distance'
import { ks2sampSorted } from './ks-2samp'
import type { PreparedSample } from './prepared-sample'
import { psiFromShares } from './psi'
import type { SampleMoments } from './sample-moments'
import { normedWassersteinSorted } from './wasserstein-distance'
import { zTestPrepared } from './z-test-proportions'

/**
 * The statistic Evidently reports for `method` on two cleaned samples: a distance for
 * wasserstein / jensenshannon / psi, a p-value for ks / chisquare / z. Wasserstein and KS need
 * numbers on a numerical column; asking for them elsewhere is a DriftInputError naming the column.
 */
export function runDriftMethod(
  method: DriftMethod,
  reference: PreparedSample,
  current: PreparedSample,
  featureType: FeatureType,
  column = 'column',
  /** the reference's moments when already known (a prepared reference, many tables) */
  referenceMoments?: SampleMoments,
): number {
  assertMethodApplies(method, reference, current, featureType, column)
  switch (method) {
    case 'wasserstein':
      return normedWassersteinSorted(numeric(reference), numeric(current), referenceMoments)
    case 'ks':
      return ks2sampSorted(numeric(reference), numeric(current)).pValue
    case 'jensenshannon': {
      const shares = binnedSharesPrepared(reference, current, featureType)
      return jensenShannonDistance(shares.reference, shares.current)
    }
    case 'psi':
      return psiFromShares(binnedSharesPrepared(reference, current, featureType))
    case 'chisquare':
      return chiSquareTestSamples(reference, current).pValue
    case 'z':
      return zTestPrepared(reference, current).pValue
  }
}

/** Wasserstein and KS need numbers on a numerical column (Evidently's `allowed_feature_types`). */
export function assertMethodApplies(
  method: DriftMethod,
  reference: PreparedSample,
  current: PreparedSample,
  featureType: FeatureType,
  column: string,
): void {
  if (!DRIFT_METHODS[method].numericalOnly) return
  if (featureType === 'numerical' && reference.kind === 'numeric' && current.kind === 'numeric') {
    return
  }
  const strings = reference.kind === 'labels' || current.kind === 'labels'
  throw new DriftInputError(
    `column "${column}": method "${method}" needs a numerical column of numbers, but it is ${featureType}` +
      (strings ? ' with string values' : ''),
  )
}

function numeric(sample: PreparedSample): Float64Array {
  if (sample.kind !== 'numeric') throw new DriftInputError('expected a numeric sample')
  return sample.sorted
}
