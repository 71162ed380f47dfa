import type { OpSpec } from '../model-node'
import { ADABOOST_OPS } from './adaboost'
import { CALIBRATED_OPS } from './calibrated'
import { DECISION_TREE_OPS } from './decision-tree'
import { FOREST_OPS } from './forest'
import { GRADIENT_BOOSTING_OPS } from './gradient-boosting'
import { XGBOOST_OPS } from './xgboost'

/** Trees, ensembles, boosting (scikit-learn's and XGBoost's), calibration and PyCaret wrappers (see each file). */
export const ESTIMATOR_OPS: OpSpec[] = [
  ...DECISION_TREE_OPS,
  ...FOREST_OPS,
  ...GRADIENT_BOOSTING_OPS,
  ...ADABOOST_OPS,
  ...CALIBRATED_OPS,
  ...XGBOOST_OPS,
]
