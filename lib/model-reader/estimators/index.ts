import type { OpSpec } from '../model-node'
import { DECISION_TREE_OPS } from './decision-tree'
import { FOREST_OPS } from './forest'
import { GRADIENT_BOOSTING_OPS } from './gradient-boosting'

/** Trees, ensembles, boosting, calibration and PyCaret wrappers (see each file). */
export const ESTIMATOR_OPS: OpSpec[] = [
  ...DECISION_TREE_OPS,
  ...FOREST_OPS,
  ...GRADIENT_BOOSTING_OPS,
]
