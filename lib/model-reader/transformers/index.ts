import type { OpSpec } from '../model-node'
import { linearRegressorOp, logisticRegressionOp } from './linear-models'
import { pipelineOp } from './pipeline'
import { minMaxScalerOp, robustScalerOp, standardScalerOp } from './scalers'
import { simpleImputerOp } from './simple-imputer'

/** Preprocessing, pipelines and linear models (see each file). */
export const TRANSFORMER_OPS: OpSpec[] = [
  pipelineOp,
  standardScalerOp,
  minMaxScalerOp,
  robustScalerOp,
  simpleImputerOp,
  logisticRegressionOp,
  linearRegressorOp,
]
