import type { OpSpec } from '../model-node'

/** Preprocessing, pipelines and linear models (see each file). */
export const TRANSFORMER_OPS: OpSpec[] = []
