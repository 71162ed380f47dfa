import { ceOneHotEncoderOp, ceOrdinalEncoderOp } from '../encoders/category-encoders'
import { oneHotEncoderOp } from '../encoders/one-hot-encoder'
import { ordinalEncoderOp } from '../encoders/ordinal-encoder'
import type { OpSpec } from '../model-node'
import { columnTransformerOp } from './column-transformer'
import { linearRegressorOp, logisticRegressionOp } from './linear-models'
import { pipelineOp } from './pipeline'
import { minMaxScalerOp, robustScalerOp, standardScalerOp } from './scalers'
import { simpleImputerOp } from './simple-imputer'

/** Preprocessing, encoders, pipelines and linear models (see each file). */
export const TRANSFORMER_OPS: OpSpec[] = [
  pipelineOp,
  columnTransformerOp,
  standardScalerOp,
  minMaxScalerOp,
  robustScalerOp,
  simpleImputerOp,
  oneHotEncoderOp,
  ordinalEncoderOp,
  ceOneHotEncoderOp,
  ceOrdinalEncoderOp,
  logisticRegressionOp,
  linearRegressorOp,
]
