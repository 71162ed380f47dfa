import { ESTIMATOR_OPS } from './estimators'
import type { OpSpec } from './model-node'
import { PYCARET_OPS } from './pycaret'
import { TRANSFORMER_OPS } from './transformers'

/** Every Python class the model reader can rebuild, by its fully qualified name. */
export const OPS: readonly OpSpec[] = [...TRANSFORMER_OPS, ...ESTIMATOR_OPS, ...PYCARET_OPS]
