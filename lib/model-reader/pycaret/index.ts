import type { OpSpec } from '../model-node'
import { pycaretPipelineOp } from './pycaret-pipeline'
import { cleanColumnNamesOp, transformerWrapperOp } from './transformer-wrapper'

/** PyCaret 3's pipeline and wrappers around scikit-learn transformers (see each file). */
export const PYCARET_OPS: OpSpec[] = [pycaretPipelineOp, transformerWrapperOp, cleanColumnNamesOp]
