/** The MLflow 3.x fixture: lib/mlflow/fixtures/sqlite/mlflow-3x/. */
import type { FixtureSpec, VersionSpec } from './sqlite-fixture-types'
import type { ModelStage } from '../lib/tracking/types'

const T = 1733000000000 // 2024-11-30T20:53:20Z

const LR = 'c0ffee00000000000000000000000002'
const DT = 'c0ffee00000000000000000000000003'
const LIVE = 'c0ffee00000000000000000000000005'

const MLMODEL = `artifact_path: model
flavors:
  ts_model:
    format: json
    model_file: model.json
mlflow_version: 3.7.0
run_id: ${LR}
`

export const mlflow3x: FixtureSpec = {
  folder: 'mlflow-3x',
  dbFile: 'mlflow.db',
  schemaFile: 'mlflow-3x.sql',
  revision: '1b5f0d9ad7c1',
  description:
    'MLflow 3.x layout (mlflow server with --serve-artifacts): latest schema with workspace ' +
    'columns, latest_metrics, NaN and ±inf metrics, nested runs, a deleted run and experiment, ' +
    'registry with aliases, tags, a Deleted_Internal version, a version 10 and a version ' +
    'pointing at a missing run.',
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
      artifactLocation: 'mlflow-artifacts:/0',
      lifecycle: 'active',
      creationTime: T,
      lastUpdateTime: T,
      tags: {},
    },
    {
      id: '1',
      name: 'kobe-shot-selection',
      artifactLocation: 'mlflow-artifacts:/1',
      lifecycle: 'active',
      creationTime: T + 100_000,
      lastUpdateTime: T + 900_000,
      tags: { 'mlflow.note.content': 'Logistic regression vs decision tree on 2-point shots' },
    },
    {
      id: '2',
      name: 'abandoned-sweep',
      artifactLocation: 'mlflow-artifacts:/2',
      lifecycle: 'deleted',
      creationTime: T + 50_000,
      lastUpdateTime: T + 60_000,
      tags: {},
    },
  ],
  runs: [
    {
      id: 'c0ffee00000000000000000000000001',
      experimentId: '1',
      nameColumn: 'model-comparison',
      name: 'model-comparison',
      userColumn: 'kobe',
      userId: 'kobe',
      status: 'FINISHED',
      lifecycle: 'active',
      start: T + 200_000,
      end: T + 800_000,
      artifactUri: 'mlflow-artifacts:/1/c0ffee00000000000000000000000001/artifacts',
      params: {},
      tags: {
        'mlflow.runName': 'model-comparison',
        'mlflow.user': 'kobe',
        'mlflow.source.type': 'LOCAL',
      },
      history: [],
      latest: {},
    },
    {
      id: LR,
      experimentId: '1',
      nameColumn: 'logistic-regression',
      name: 'logistic-regression',
      userColumn: 'kobe',
      userId: 'kobe',
      status: 'FINISHED',
      lifecycle: 'active',
      start: T + 300_000,
      end: T + 400_000,
      artifactUri: `mlflow-artifacts:/1/${LR}/artifacts`,
      params: {
        C: '1.0',
        solver: 'lbfgs',
        features: 'lat,lon,minutes_remaining,period,playoffs,shot_distance',
      },
      tags: {
        'mlflow.parentRunId': 'c0ffee00000000000000000000000001',
        'mlflow.runName': 'logistic-regression',
        'mlflow.user': 'kobe',
      },
      history: [
        ['log_loss', 0.69, T + 310_000, 0],
        ['log_loss', 0.66, T + 320_000, 1],
        ['log_loss', 0.6512, T + 330_000, 2],
        ['f1', 0.52, T + 340_000, 0],
        ['grad_norm', 1.5, T + 310_000, 0],
        ['grad_norm', NaN, T + 320_000, 1],
      ],
      latest: {
        log_loss: [0.6512, T + 330_000, 2],
        f1: [0.52, T + 340_000, 0],
        grad_norm: [NaN, T + 320_000, 1],
      },
      artifactRoot: `mlartifacts/1/${LR}/artifacts`,
    },
    {
      id: DT,
      experimentId: '1',
      nameColumn: null,
      name: 'decision-tree',
      userColumn: null,
      userId: 'alice',
      status: 'FAILED',
      lifecycle: 'active',
      start: T + 500_000,
      end: T + 600_000,
      artifactUri: `/home/alice/kobe/mlruns/1/${DT}/artifacts`,
      params: { max_depth: '8', criterion: 'gini' },
      tags: {
        'mlflow.parentRunId': 'c0ffee00000000000000000000000001',
        'mlflow.runName': 'decision-tree',
        'mlflow.user': 'alice',
      },
      history: [
        ['log_loss', 17.2, T + 510_000, 0],
        ['log_loss', Infinity, T + 520_000, 1],
        ['min_margin', -Infinity, T + 510_000, 0],
        ['f1', 0.47, T + 530_000, 0],
        ['f1', 0.48, T + 530_000, 0],
      ],
      latest: {
        log_loss: [Infinity, T + 520_000, 1],
        min_margin: [-Infinity, T + 510_000, 0],
        f1: [0.48, T + 530_000, 0],
      },
      artifactRoot: `mlruns/1/${DT}/artifacts`,
    },
    {
      id: 'c0ffee00000000000000000000000004',
      experimentId: '1',
      nameColumn: 'discarded-try',
      name: 'discarded-try',
      userColumn: 'kobe',
      userId: 'kobe',
      status: 'KILLED',
      lifecycle: 'deleted',
      start: T + 650_000,
      end: T + 660_000,
      deletedTime: T + 700_000,
      artifactUri: 'mlflow-artifacts:/1/c0ffee00000000000000000000000004/artifacts',
      params: { C: '100' },
      tags: { 'mlflow.runName': 'discarded-try' },
      history: [['f1', 0.1, T + 655_000, 0]],
      latest: { f1: [0.1, T + 655_000, 0] },
    },
    {
      id: LIVE,
      experimentId: '1',
      nameColumn: 'shadow-eval',
      name: 'shadow-eval',
      userColumn: 'kobe',
      userId: 'kobe',
      status: 'RUNNING',
      lifecycle: 'active',
      start: T + 850_000,
      end: null,
      artifactUri: `s3://kobe-bucket/mlflow/1/${LIVE}/artifacts`,
      params: { threshold: '0.5' },
      tags: { 'mlflow.runName': 'shadow-eval' },
      history: [['rows_scored', 6426, T + 860_000, 0]],
      latest: { rows_scored: [6426, T + 860_000, 0] },
    },
    {
      id: 'c0ffee00000000000000000000000006',
      experimentId: '2',
      nameColumn: 'old-sweep',
      name: 'old-sweep',
      userColumn: 'kobe',
      userId: 'kobe',
      status: 'FINISHED',
      lifecycle: 'deleted',
      start: T + 55_000,
      end: T + 58_000,
      deletedTime: T + 60_000,
      artifactUri: 'mlflow-artifacts:/2/c0ffee00000000000000000000000006/artifacts',
      params: {},
      tags: {},
      history: [],
      latest: {},
    },
  ],
  models: [
    {
      name: 'kobe-shot-classifier',
      description: 'Predicts shot_made_flag',
      creationTime: T + 700_000,
      lastUpdatedTime: T + 900_000,
      tags: { team: 'lakers' },
      aliases: { champion: 10, challenger: 2 },
      versions: [
        version(1, 'Archived', LR, 710_000, {}),
        version(2, 'Production', DT, 720_000, {}),
        version(3, 'Deleted_Internal', LR, 730_000, {}),
        version(4, 'None', 'deadbeefdeadbeefdeadbeefdeadbeef', 740_000, {}),
        version(10, 'Staging', LR, 800_000, { validated: 'true' }),
      ],
    },
    {
      name: 'empty-model',
      description: null,
      creationTime: T + 750_000,
      lastUpdatedTime: T + 750_000,
      tags: {},
      aliases: {},
      versions: [],
    },
  ],
  files: {
    [`mlartifacts/1/${LR}/artifacts/model/MLmodel`]: MLMODEL,
    [`mlartifacts/1/${LR}/artifacts/model/model.json`]: '{"coef":[0.12,-0.03],"intercept":-0.2}\n',
    [`mlartifacts/1/${LR}/artifacts/metrics.json`]: '{"log_loss":0.6512,"f1":0.52}\n',
    [`mlruns/1/${DT}/artifacts/predictions.csv`]: 'shot_id,y_true,y_prob\n1,1,0.61\n2,0,0.35\n',
  },
  checks: {
    metricHistory: [
      { runId: LR, key: 'log_loss' },
      { runId: LR, key: 'grad_norm' },
      { runId: DT, key: 'log_loss' },
      { runId: DT, key: 'f1' },
      { runId: DT, key: 'no-such-metric' },
    ],
    artifacts: [
      { runId: LR, path: '' },
      { runId: LR, path: 'model' },
      { runId: DT, path: '' },
      { runId: LIVE, path: '' },
    ],
    artifactText: [
      { runId: LR, path: 'model/MLmodel' },
      { runId: DT, path: 'predictions.csv' },
    ],
    problems: [
      {
        path: 'mlflow.db#model_versions/kobe-shot-classifier/4',
        includes: 'points at run deadbeefdeadbeefdeadbeefdeadbeef, which is not in this database',
      },
      { path: `mlflow.db#runs/${LIVE}`, includes: 'is remote storage' },
    ],
  },
}

function version(
  number: number,
  stage: ModelStage,
  runId: string,
  offset: number,
  tags: Record<string, string>,
): VersionSpec {
  return {
    version: number,
    stage,
    runId,
    source: `models:/m-${String(number).padStart(32, '0')}`,
    status: 'READY',
    creationTime: T + offset,
    lastUpdatedTime: T + offset + 1000,
    description: number === 10 ? 'retrained on 2000-2016 seasons' : null,
    tags,
  }
}
