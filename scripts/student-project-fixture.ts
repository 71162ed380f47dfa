/**
 * Builds, in a folder, a project laid out as a real student's: an MLflow SQLite `mlflow.db` whose
 * runs record `file:///C:/Users/aluno/proj/code/mlruns/<exp>/<run>/artifacts` (another machine)
 * while the artifacts are committed under `code/mlruns/…`, predictions named in Portuguese, a
 * stray root `mlruns/` with newer runs in "Default" and no predictions, and raw datasets without
 * model output. Used by the discovery, relocation and build-report tests.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer'
import initSqlJs from 'sql.js'
import { openFileStoreWriter } from '../lib/mlflow/filestore/writer'
import { sklearnMlmodel } from '../lib/mlflow/fixtures/sklearn-mlmodel'

const SQLITE = fileURLToPath(new URL('../lib/mlflow/fixtures/sqlite/mlflow-3x/', import.meta.url))

export const RUN = {
  /** FINISHED, ends last among runs with predictions: model "tree", prod only */
  tree: 'c0ffee00000000000000000000000001',
  /** FINISHED, earlier: model "lr", prod and dev */
  lr: 'c0ffee00000000000000000000000002',
  /** FAILED, with prod predictions: never chosen by the rule */
  failed: 'c0ffee00000000000000000000000003',
  /** FINISHED, experiment 2, the oldest: model "tree", dev predictions */
  treeDev: 'c0ffee00000000000000000000000006',
} as const

/** A predictions (or raw, without `withOutput`) parquet file of `rows` shots. */
export function writeShots(file: string, rows: number, withOutput: boolean): void {
  const i = Array.from({ length: rows }, (_, k) => k)
  const columns: ColumnSource[] = [
    { name: 'lat', type: 'DOUBLE', data: i.map((k) => 33.9 + k * 0.001) },
    { name: 'lon', type: 'DOUBLE', data: i.map((k) => -118.3 + k * 0.001) },
    { name: 'minutes_remaining', type: 'INT32', data: i.map((k) => k % 12) },
    { name: 'period', type: 'INT32', data: i.map((k) => 1 + (k % 4)) },
    { name: 'playoffs', type: 'INT32', data: i.map((k) => k % 2) },
    { name: 'shot_distance', type: 'INT32', data: i.map((k) => k % 30) },
    { name: 'shot_made_flag', type: 'INT32', data: i.map((k) => (k % 3 === 0 ? 1 : 0)) },
  ]
  if (withOutput) {
    const score = i.map((k) => ((k * 37) % 100) / 100)
    columns.push({ name: 'prediction_score_1', type: 'DOUBLE', data: score })
    columns.push({
      name: 'prediction_label',
      type: 'INT32',
      data: score.map((s) => (s >= 0.5 ? 1 : 0)),
    })
  }
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, new Uint8Array(parquetWriteBuffer({ columnData: columns })))
}

const artifacts = (project: string, experiment: string, run: string) =>
  join(project, 'code', 'mlruns', experiment, run, 'artifacts')

function strayRun(root: string, id: string, end: number) {
  const folder = join(root, '0', id)
  mkdirSync(join(folder, 'artifacts'), { recursive: true })
  writeFileSync(
    join(folder, 'meta.yaml'),
    `artifact_uri: file:///home/x/proj/mlruns/0/${id}/artifacts\nend_time: ${end}\n` +
      `entry_point_name: ''\nexperiment_id: '0'\nlifecycle_stage: active\nrun_id: ${id}\n` +
      `run_name: notebook-${id.slice(-2)}\nrun_uuid: ${id}\nsource_name: ''\nsource_type: 4\n` +
      `source_version: ''\nstart_time: ${end - 1000}\nstatus: 3\ntags: []\nuser_id: aluno\n`,
  )
}

/** Writes the student project into `project` (an empty folder). */
export async function buildStudentProject(project: string): Promise<void> {
  const SQL = await initSqlJs()
  const db = new SQL.Database(readFileSync(join(SQLITE, 'mlflow.db')))
  const ids = (db.exec('SELECT run_uuid, experiment_id FROM runs')[0]?.values ?? []).map((r) => [
    String(r[0]),
    String(r[1]),
  ])
  for (const [run, experiment] of ids) {
    db.run('UPDATE runs SET artifact_uri = ?, lifecycle_stage = ? WHERE run_uuid = ?', [
      `file:///C:/Users/aluno/proj/code/mlruns/${experiment}/${run}/artifacts`,
      'active',
      run!,
    ])
  }
  db.run("UPDATE experiments SET lifecycle_stage = 'active'")
  db.run(
    "UPDATE experiments SET artifact_location = 'file:///C:/Users/aluno/proj/code/mlruns/' || experiment_id",
  )
  db.run('DELETE FROM params')
  for (const [run, model] of [
    [RUN.tree, 'tree'],
    [RUN.lr, 'lr'],
    [RUN.failed, 'tree'],
    [RUN.treeDev, 'tree'],
  ]) {
    db.run('INSERT INTO params (key, value, run_uuid) VALUES (?, ?, ?)', ['model', model!, run!])
  }
  mkdirSync(project, { recursive: true })
  writeFileSync(join(project, 'mlflow.db'), db.export())
  db.close()

  writeShots(join(artifacts(project, '1', RUN.tree), 'producao', 'predicoes_clf.parquet'), 30, true)
  writeShots(join(artifacts(project, '1', RUN.lr), 'previsoes_producao.parquet'), 25, true)
  writeShots(join(artifacts(project, '1', RUN.lr), 'previsoes_teste.parquet'), 14, true)
  writeShots(join(artifacts(project, '1', RUN.failed), 'resultado_prod.parquet'), 40, true)
  writeShots(join(artifacts(project, '2', RUN.treeDev), 'teste', 'predicoes_clf.parquet'), 18, true)
  cpSync(
    join(SQLITE, 'mlartifacts', '1', RUN.lr, 'artifacts', 'model'),
    join(artifacts(project, '1', RUN.lr), 'model'),
    { recursive: true },
  )
  writeShots(join(project, 'data', 'base_test.parquet'), 50, false)
  writeShots(join(project, 'data', 'dataset_kobe_prod.parquet'), 60, false)

  // a stray root mlruns/ (a notebook run once from the project root): newer, no predictions
  const stray = join(project, 'mlruns')
  mkdirSync(join(stray, '0'), { recursive: true })
  writeFileSync(
    join(stray, '0', 'meta.yaml'),
    `artifact_location: file:///home/x/proj/mlruns/0\nexperiment_id: '0'\n` +
      `lifecycle_stage: active\nname: Default\n`,
  )
  for (const [k, id] of ['aa', 'bb', 'cc'].entries()) {
    strayRun(stray, `0000000000000000000000000000${id}${id}`, 1733009000000 + k * 1000)
  }
}

const MODEL_FIXTURES = fileURLToPath(new URL('../lib/model-reader/fixtures/', import.meta.url))

/** The crosscheck fixture the raw project's model is: a scikit-learn 1.2.1 pipeline (imputer, scaler, LogisticRegression). */
export const RAW_PROJECT_MODEL = join(MODEL_FIXTURES, 'logreg_binary_pipeline.cloudpickle.pkl')

/** The 40 rows of the crosscheck input (lib/model-reader/fixtures/input.csv), NaN where empty. */
export function crosscheckRows(): { names: string[]; rows: number[][] } {
  const [header, ...lines] = readFileSync(join(MODEL_FIXTURES, 'input.csv'), 'utf8')
    .trim()
    .split('\n')
  return {
    names: header!.split(','),
    rows: lines.map((line) => line.split(',').map((v) => (v === '' ? NaN : Number(v)))),
  }
}

/** A raw dataset (features + shot_made_flag, no model output) of the crosscheck rows. */
function writeRawCrosscheck(file: string): void {
  const { names, rows } = crosscheckRows()
  const columns: ColumnSource[] = names.map((name, j) => ({
    name,
    type: 'DOUBLE',
    data: rows.map((r) => r[j]!),
  }))
  columns.push({
    name: 'shot_made_flag',
    type: 'INT32',
    data: rows.map((_, k) => (k % 3 === 0 ? 1 : 0)),
  })
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, new Uint8Array(parquetWriteBuffer({ columnData: columns })))
}

/**
 * A student project with only raw datasets (`data/base_test.parquet`, `data/dataset_kobe_prod.parquet`:
 * features and target, no probability column) and the model beside them: a pickled
 * `models/model.pkl` (`where: 'file'`), or a FileStore run that logged it with
 * `mlflow.sklearn.log_model` (`where: 'run'`: `mlruns/<exp>/<run>/artifacts/model/{MLmodel,model.pkl}`).
 * Returns the run id ('' for the file).
 */
export async function buildRawProject(project: string, where: 'file' | 'run'): Promise<string> {
  writeRawCrosscheck(join(project, 'data', 'base_test.parquet'))
  writeRawCrosscheck(join(project, 'data', 'dataset_kobe_prod.parquet'))
  const pickle = readFileSync(RAW_PROJECT_MODEL)
  if (where === 'file') {
    mkdirSync(join(project, 'models'), { recursive: true })
    writeFileSync(join(project, 'models', 'model.pkl'), pickle)
    return ''
  }
  const writer = await openFileStoreWriter(join(project, 'mlruns'))
  const run = await writer.startRun(await writer.getOrCreateExperiment('kobe'), {
    runName: 'logreg',
  })
  await run.logArtifactContent('model/model.pkl', pickle)
  await run.logArtifactContent(
    'model/MLmodel',
    sklearnMlmodel({ runId: run.runId, predictFn: 'predict' }),
  )
  await run.end()
  return run.runId
}
