import type { OpSpec } from '../model-node'

/** Trees, ensembles, boosting, calibration and PyCaret wrappers (see each file). */
export const ESTIMATOR_OPS: OpSpec[] = []
