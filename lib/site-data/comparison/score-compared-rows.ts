import type { PredictionsData } from '../../predictions/types'
import { positiveClassIndex } from '../../predictions/binary-value'
import { matchInputColumns } from '../../serving/input-names'
import type { ServableModel } from '../../serving/servable-model'

/**
 * P(made) of every row of a predictions file by `model`: each model feature read from the
 * file's column of that name or one of its aliases (`lon` for `lng`…). A regressor's output is
 * clipped to [0, 1] as a score. Throws one sentence naming the file and the column or class
 * when the model cannot score the rows.
 */
export function scoreComparedRows(
  model: ServableModel,
  data: PredictionsData,
  file: string,
): Float64Array {
  const columns = matchInputColumns(model, data.features, file)
  const scored = model.score(columns)
  if (model.kind === 'regressor') {
    return Float64Array.from(scored[0] ?? [], (v) => Math.min(1, Math.max(0, v)))
  }
  const positive = positiveClassIndex(model.classes)
  if (positive < 0 || !scored[positive]) {
    const estimator = model.steps.at(-1) ?? 'the model'
    throw new Error(
      `${estimator} has classes ${model.classes.map(String).join(', ')}, with no class 1 (a made shot) to score`,
    )
  }
  return scored[positive]!
}
