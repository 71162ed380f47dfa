/**
 * Builds, in a folder, an MLflow 3.x FileStore as `mlflow.sklearn.log_model` and
 * `mlflow.register_model` leave it (mlflow-formats.md §1.3, §1.6, §1.7, §3): the model's
 * artifacts under the LoggedModel, `mlruns/<exp>/models/m-<id>/artifacts/{MLmodel,model.pkl}`,
 * not under the run's `artifacts/`; the run linked through `outputs/<model_id>/meta.yaml`; a
 * registered version whose source is `models:/m-<id>`, holding the alias `champion`; and a
 * second, unregistered LoggedModel. Paths recorded in meta.yaml are another machine's
 * (`file:///home/aluno/proj/mlruns/…`), as in a project committed from a laptop. The pickle is
 * the crosscheck fixture RAW_PROJECT_MODEL (scikit-learn 1.2.1, cloudpickle).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { RAW_PROJECT_MODEL } from './student-project-fixture'

export const MLFLOW3 = {
  experiment: '274829451837465123',
  run: '5e1f0c2a9b8d4e7f8a6b5c4d3e2f1a0b',
  secondRun: '6a2b1c0d9e8f4a7b8c6d5e4f3a2b1c0d',
  /** registered as `kobe-lr` version 1, alias champion */
  model: 'm-8c7b6a5f4e3d4c2b9a1f0e9d8c7b6a5f',
  /** logged by the second run, not registered */
  unregistered: 'm-1f2e3d4c5b6a47988a7b6c5d4e3f2a1b',
  registered: 'kobe-lr',
} as const

const HOME = 'file:///home/aluno/proj/mlruns'
const FEATURES = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']

function write(path: string, content: string | Uint8Array) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
}

function writeRun(root: string, runId: string, name: string, start: number, modelId: string) {
  const folder = join(root, MLFLOW3.experiment, runId)
  // 3.x RunInfo: run_id only (run_uuid was dropped), artifact_uri of the run
  write(
    join(folder, 'meta.yaml'),
    `artifact_uri: ${HOME}/${MLFLOW3.experiment}/${runId}/artifacts\nend_time: ${start + 5000}\n` +
      `entry_point_name: ''\nexperiment_id: '${MLFLOW3.experiment}'\nlifecycle_stage: active\n` +
      `run_id: ${runId}\nrun_name: ${name}\nsource_name: ''\nsource_type: 4\nsource_version: ''\n` +
      `start_time: ${start}\nstatus: 3\ntags: []\nuser_id: aluno\n`,
  )
  write(join(folder, 'tags', 'mlflow.runName'), name)
  write(join(folder, 'params', 'model'), 'LogisticRegression')
  write(join(folder, 'metrics', 'f1'), `${start + 4000} 0.61 0\n`)
  write(
    join(folder, 'outputs', modelId, 'meta.yaml'),
    `destination_id: ${modelId}\ndestination_type: MODEL_OUTPUT\nsource_id: ${modelId}\n` +
      `source_type: RUN_OUTPUT\nstep: 0\ntags: {}\n`,
  )
}

/**
 * The MLmodel `mlflow.sklearn.log_model` writes in 3.x for a LoggedModel whose artifacts are at
 * `artifacts` (sklearn flavour, cloudpickle, the course's six features as its signature).
 */
export function loggedModelMlmodel(artifacts: string, modelId: string, runId: string): string {
  const inputs = JSON.stringify(
    FEATURES.map((name) => ({ type: 'double', name, required: true })),
  ).replace(/,/g, ', ')
  const outputs = '[{"type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1]}}]'
  // 3.x MLmodel: artifact_path is the full artifact URI, model_uuid equals model_id
  return (
    `artifact_path: ${artifacts}\nflavors:\n  python_function:\n    env:\n` +
    `      conda: conda.yaml\n      virtualenv: python_env.yaml\n    loader_module: mlflow.sklearn\n` +
    `    model_path: model.pkl\n    predict_fn: predict\n    python_version: 3.11.9\n  sklearn:\n` +
    `    code: null\n    pickled_model: model.pkl\n    serialization_format: cloudpickle\n` +
    `    sklearn_version: 1.2.1\nis_signature_from_type_hint: false\nmlflow_version: 3.1.0\n` +
    `model_id: ${modelId}\nmodel_size_bytes: 1432\nmodel_uuid: ${modelId}\n` +
    `prompts: null\nrun_id: ${runId}\nsignature:\n  inputs: '${inputs}'\n  outputs: '${outputs}'\n` +
    `  params: null\ntype_hint_from_example: false\nutc_time_created: '2026-11-30 18:00:00.000000'\n`
  )
}

function writeLoggedModel(root: string, modelId: string, runId: string, created: number) {
  const folder = join(root, MLFLOW3.experiment, 'models', modelId)
  const artifacts = `${HOME}/${MLFLOW3.experiment}/models/${modelId}/artifacts`
  write(
    join(folder, 'meta.yaml'),
    `artifact_location: ${artifacts}\ncreation_timestamp: ${created}\n` +
      `experiment_id: '${MLFLOW3.experiment}'\nlast_updated_timestamp: ${created + 1000}\n` +
      `lifecycle_stage: active\nmodel_id: ${modelId}\nmodel_type: null\nname: model\n` +
      `source_run_id: ${runId}\nstatus: 2\nstatus_message: null\n`,
  )
  write(join(folder, 'params', 'C'), '1.0')
  write(join(folder, 'tags', 'mlflow.user'), 'aluno')
  write(join(folder, 'artifacts', 'MLmodel'), loggedModelMlmodel(artifacts, modelId, runId))
  write(join(folder, 'artifacts', 'model.pkl'), new Uint8Array(readFileSync(RAW_PROJECT_MODEL)))
  write(join(folder, 'artifacts', 'requirements.txt'), 'mlflow==3.1.0\nscikit-learn==1.2.1\n')
}

/** Writes the MLflow 3.x FileStore into `<project>/mlruns`; returns that folder. */
export function buildMlflow3Store(project: string): string {
  const root = join(project, 'mlruns')
  write(
    join(root, MLFLOW3.experiment, 'meta.yaml'),
    `artifact_location: ${HOME}/${MLFLOW3.experiment}\ncreation_time: 1764500000000\n` +
      `experiment_id: '${MLFLOW3.experiment}'\nlast_update_time: 1764500000000\n` +
      `lifecycle_stage: active\nname: kobe-3x\n`,
  )
  writeRun(root, MLFLOW3.run, 'logreg', 1764500100000, MLFLOW3.model)
  writeLoggedModel(root, MLFLOW3.model, MLFLOW3.run, 1764500104000)
  writeRun(root, MLFLOW3.secondRun, 'logreg-again', 1764500200000, MLFLOW3.unregistered)
  writeLoggedModel(root, MLFLOW3.unregistered, MLFLOW3.secondRun, 1764500204000)
  const registry = join(root, 'models', MLFLOW3.registered)
  write(
    join(registry, 'meta.yaml'),
    `aliases: {}\ncreation_timestamp: 1764500110000\ndeployment_job_id: null\n` +
      `deployment_job_state: null\ndescription: null\nlast_updated_timestamp: 1764500111000\n` +
      `name: ${MLFLOW3.registered}\n`,
  )
  write(
    join(registry, 'version-1', 'meta.yaml'),
    `creation_timestamp: 1764500111000\ncurrent_stage: None\ndeployment_job_state: null\n` +
      `description: null\nlast_updated_timestamp: 1764500111000\nmodel_id: ${MLFLOW3.model}\n` +
      `name: ${MLFLOW3.registered}\nrun_id: ${MLFLOW3.run}\nrun_link: null\n` +
      `source: models:/${MLFLOW3.model}\nstatus: READY\nstatus_message: null\n` +
      `storage_location: ${HOME}/${MLFLOW3.experiment}/models/${MLFLOW3.model}/artifacts\n` +
      `user_id: null\nversion: 1\n`,
  )
  write(join(registry, 'aliases', 'champion'), '1')
  return root
}
