import type { OpSpec } from '../model-node'
import { pycaretPipelineOp } from './pycaret-pipeline'
import { PYCARET2_OPS } from './pycaret2-steps'
import { cleanColumnNamesOp, transformerWrapperOp } from './transformer-wrapper'

/** PyCaret 3's pipeline and wrappers around scikit-learn transformers, and PyCaret 2's preprocessing steps (see each file). */
export const PYCARET_OPS: OpSpec[] = [
  pycaretPipelineOp,
  transformerWrapperOp,
  cleanColumnNamesOp,
  ...PYCARET2_OPS,
]
