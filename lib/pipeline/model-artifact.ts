import type { ColSpec, LoggedModelSpec } from '@/lib/mlflow/filestore/writer'
import type { ModelJson } from '@/lib/model/model-json'

export const MODEL_ARTIFACT_PATH = 'model'
export const MODEL_FILE = 'model.json'
export const MODEL_FLAVOR = 'kobe_model_json'

/** MLflow column types of the features, as MLflow infers them from the course data (int64 → long). */
const INPUT_TYPES: Record<string, ColSpec['type']> = {
  lat: 'double',
  lng: 'double',
  minutes_remaining: 'long',
  period: 'long',
  playoffs: 'long',
  shot_distance: 'long',
}

/** Serialised model file: stable key order, so the same model gives the same bytes. */
export function modelJsonText(model: ModelJson): string {
  return JSON.stringify(model, null, 1) + '\n'
}

/**
 * The MLmodel description of a kobe-model-json: a custom flavor naming the file and format,
 * the signature of the six inputs and P(made) output, and an input example.
 */
export function loggedModelSpec(model: ModelJson, example: number[][]): LoggedModelSpec {
  return {
    flavorName: MODEL_FLAVOR,
    flavorConfig: {
      model_file: MODEL_FILE,
      format: model.format,
      format_version: model.version,
      model_type: model.type,
      runtime: 'typescript',
      loader: 'lib/model/parse-model-json.ts (parseModelJson, predictProba)',
    },
    files: { [MODEL_FILE]: modelJsonText(model) },
    signature: {
      inputs: model.features.map((name) => ({ name, type: INPUT_TYPES[name] ?? 'double' })),
      outputs: [{ name: 'prediction_score', type: 'double' }],
    },
    inputExample: { columns: [...model.features], data: example },
  }
}
