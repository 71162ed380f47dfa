import { pythonJsonDumps } from './python-json'

export interface ColSpec {
  type: 'double' | 'long' | 'integer' | 'float' | 'boolean' | 'string'
  name: string
  required?: boolean
}

export interface LoggedModelSpec {
  /** e.g. 'kobe_ts_model' */
  flavorName: string
  /** e.g. { model_file: 'model.json', format: 'kobe-model-json', runtime: 'typescript' } */
  flavorConfig: Record<string, unknown>
  /** relative path inside the model folder → content (e.g. 'model.json') */
  files: Record<string, string | Uint8Array>
  signature: { inputs: ColSpec[]; outputs: ColSpec[] }
  inputExample?: { columns: string[]; data: unknown[][] }
}

/** Python's `str(datetime.utcnow())` style used by MLflow: `2025-12-01 10:00:00.000000`. */
export function utcTimeCreated(ms: number): string {
  const iso = new Date(ms).toISOString() // 2025-12-01T10:00:00.000Z
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000`
}

/** `ModelSignature.to_dict()` of a column list: a JSON *string* of `{type, name, required}`. */
export function schemaJson(columns: ColSpec[]): string {
  return pythonJsonDumps(
    columns.map((c) => ({ type: c.type, name: c.name, required: c.required ?? true })),
  )
}

export const INPUT_EXAMPLE_FILE = 'input_example.json'
export const SERVING_INPUT_FILE = 'serving_input_example.json'

/** The MLmodel file content (`Model.to_dict()`) for a run artifact logged 2.x style. */
export function mlmodelDict(options: {
  artifactPath: string
  runId: string
  modelUuid: string
  utcTimeCreated: string
  spec: LoggedModelSpec
}): Record<string, unknown> {
  const { spec } = options
  const mlmodel: Record<string, unknown> = {
    artifact_path: options.artifactPath,
    flavors: { [spec.flavorName]: spec.flavorConfig },
    model_uuid: options.modelUuid,
    run_id: options.runId,
    signature: {
      inputs: schemaJson(spec.signature.inputs),
      outputs: schemaJson(spec.signature.outputs),
      params: null,
    },
    utc_time_created: options.utcTimeCreated,
  }
  if (spec.inputExample) {
    mlmodel.saved_input_example_info = {
      artifact_path: INPUT_EXAMPLE_FILE,
      pandas_orient: 'split',
      serving_input_path: SERVING_INPUT_FILE,
      type: 'dataframe',
    }
  }
  return mlmodel
}

/** One entry of the run tag `mlflow.log-model.history` (`Model.get_tags_dict()`). */
export function logModelHistoryEntry(mlmodel: Record<string, unknown>): Record<string, unknown> {
  return {
    run_id: mlmodel.run_id,
    artifact_path: mlmodel.artifact_path,
    utc_time_created: mlmodel.utc_time_created,
    model_uuid: mlmodel.model_uuid,
    flavors: mlmodel.flavors,
  }
}

/** input_example.json (pandas split dict) and serving_input_example.json contents. */
export function inputExampleFiles(example: {
  columns: string[]
  data: unknown[][]
}): Record<string, string> {
  const split = { columns: example.columns, data: example.data }
  return {
    [INPUT_EXAMPLE_FILE]: pythonJsonDumps(split),
    [SERVING_INPUT_FILE]: pythonJsonDumps({ dataframe_split: split }, { indent: 2 }),
  }
}
