/**
 * The MLflow 3.x logged-model fixture: lib/mlflow/fixtures/sqlite/mlflow-3x-logged-models/. A
 * student's `mlflow.db` committed from Windows after `mlflow.sklearn.log_model` and
 * `mlflow.register_model`: the models' artifacts are under their LoggedModels
 * (`mlruns/1/models/m-<id>/artifacts/{MLmodel,model.pkl}`), not under the runs, and the
 * registered version's source is `models:/m-<id>`. The pickle is the crosscheck fixture
 * logreg_binary_pipeline.cloudpickle.pkl (scikit-learn 1.2.1).
 */
import { loggedModelMlmodel } from './mlflow3-store-fixture'
import type { FixtureSpec, LoggedModelSpec, RunSpec } from './sqlite-fixture-types'

const T = 1764500000000 // 2025-11-30T10:53:20Z
const WINDOWS = 'file:///C:/Users/aluno/kobe/mlruns'
const PICKLE = 'lib/model-reader/fixtures/logreg_binary_pipeline.cloudpickle.pkl'

export const LOGGED = {
  run: 'd0ffee00000000000000000000000001',
  secondRun: 'd0ffee00000000000000000000000002',
  /** registered as kobe-lr version 1, alias champion; artifact_location on the Windows laptop */
  registered: 'm-8c7b6a5f4e3d4c2b9a1f0e9d8c7b6a5f',
  /** unregistered; artifact_location relative to the folder `mlflow ui` ran in */
  relative: 'm-1f2e3d4c5b6a47988a7b6c5d4e3f2a1b',
  /** deleted; artifacts behind `mlflow server --serve-artifacts` (mlartifacts/) */
  deleted: 'm-2a3b4c5d6e7f48a9b0c1d2e3f4a5b6c7',
  /** FAILED while logging: no artifacts */
  failed: 'm-3b4c5d6e7f8a49b0c1d2e3f4a5b6c7d8',
  name: 'kobe-lr',
} as const

const artifactsOf = (id: string) => `models/${id}/artifacts`

function run(id: string, name: string, start: number): RunSpec {
  return {
    id,
    experimentId: '1',
    nameColumn: name,
    name,
    userColumn: 'aluno',
    userId: 'aluno',
    status: 'FINISHED',
    lifecycle: 'active',
    start,
    end: start + 5000,
    artifactUri: `${WINDOWS}/1/${id}/artifacts`,
    params: { model: 'LogisticRegression' },
    tags: { 'mlflow.runName': name, 'mlflow.user': 'aluno' },
    history: [['f1', 0.61, start + 4000, 0]],
    latest: { f1: [0.61, start + 4000, 0] },
  }
}

function logged(
  id: string,
  runId: string,
  created: number,
  artifactLocation: string,
  extra: Partial<LoggedModelSpec> = {},
): LoggedModelSpec {
  return {
    id,
    experimentId: '1',
    name: 'model',
    artifactLocation,
    creationTime: created,
    lastUpdatedTime: created + 1000,
    status: 2,
    lifecycle: 'active',
    sourceRunId: runId,
    ...extra,
  }
}

/** MLmodel and model.pkl of one LoggedModel under `folder` (relative to the fixture folder). */
function modelFiles(folder: string, uri: string, id: string, runId: string) {
  return {
    files: { [`${folder}/MLmodel`]: loggedModelMlmodel(uri, id, runId) },
    copies: { [`${folder}/model.pkl`]: PICKLE },
  }
}

const registered = modelFiles(
  `mlruns/1/${artifactsOf(LOGGED.registered)}`,
  `${WINDOWS}/1/${artifactsOf(LOGGED.registered)}`,
  LOGGED.registered,
  LOGGED.run,
)
const relative = modelFiles(
  `mlruns/1/${artifactsOf(LOGGED.relative)}`,
  `./mlruns/1/${artifactsOf(LOGGED.relative)}`,
  LOGGED.relative,
  LOGGED.secondRun,
)
const deleted = modelFiles(
  `mlartifacts/1/${artifactsOf(LOGGED.deleted)}`,
  `mlflow-artifacts:/1/${artifactsOf(LOGGED.deleted)}`,
  LOGGED.deleted,
  LOGGED.secondRun,
)

export const mlflow3xLogged: FixtureSpec = {
  folder: 'mlflow-3x-logged-models',
  dbFile: 'mlflow.db',
  schemaFile: 'mlflow-3x.sql',
  revision: '1b5f0d9ad7c1',
  description:
    'MLflow 3.x logged models (mlflow.sklearn.log_model, then register_model), committed from ' +
    'Windows: logged_models rows whose artifact_location is a C:\\Users file URI, a relative ' +
    './mlruns path and an mlflow-artifacts: URI; a registered version whose source is ' +
    'models:/m-<id>, holding the alias champion; a deleted and a FAILED logged model.',
  has: {
    isNan: true,
    latestMetrics: true,
    experimentTags: true,
    experimentTimes: true,
    deletedTime: true,
    registry: true,
    registryTags: true,
    aliases: true,
    loggedModels: true,
  },
  experiments: [
    {
      id: '0',
      name: 'Default',
      artifactLocation: `${WINDOWS}/0`,
      lifecycle: 'active',
      creationTime: T,
      lastUpdateTime: T,
      tags: {},
    },
    {
      id: '1',
      name: 'kobe-3x',
      artifactLocation: `${WINDOWS}/1`,
      lifecycle: 'active',
      creationTime: T + 50_000,
      lastUpdateTime: T + 50_000,
      tags: {},
    },
  ],
  runs: [
    run(LOGGED.run, 'logreg', T + 100_000),
    run(LOGGED.secondRun, 'logreg-again', T + 200_000),
  ],
  loggedModels: [
    logged(
      LOGGED.registered,
      LOGGED.run,
      T + 104_000,
      `${WINDOWS}/1/${artifactsOf(LOGGED.registered)}`,
    ),
    logged(
      LOGGED.relative,
      LOGGED.secondRun,
      T + 204_000,
      `./mlruns/1/${artifactsOf(LOGGED.relative)}`,
    ),
    logged(
      LOGGED.deleted,
      LOGGED.secondRun,
      T + 205_000,
      `mlflow-artifacts:/1/${artifactsOf(LOGGED.deleted)}`,
      { lifecycle: 'deleted' },
    ),
    logged(
      LOGGED.failed,
      LOGGED.secondRun,
      T + 206_000,
      `${WINDOWS}/1/${artifactsOf(LOGGED.failed)}`,
      { status: 3 },
    ),
  ],
  models: [
    {
      name: LOGGED.name,
      description: null,
      creationTime: T + 110_000,
      lastUpdatedTime: T + 111_000,
      tags: {},
      aliases: { champion: 1 },
      versions: [
        {
          version: 1,
          stage: 'None',
          runId: LOGGED.run,
          source: `models:/${LOGGED.registered}`,
          status: 'READY',
          creationTime: T + 111_000,
          lastUpdatedTime: T + 111_000,
          description: null,
          tags: {},
          storageLocation: `${WINDOWS}/1/${artifactsOf(LOGGED.registered)}`,
        },
      ],
    },
  ],
  files: { ...registered.files, ...relative.files, ...deleted.files },
  copies: { ...registered.copies, ...relative.copies, ...deleted.copies },
  checks: { metricHistory: [], artifacts: [], artifactText: [], problems: [] },
}
