import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { existsSync } from 'node:fs'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { binaryMetrics } from '../../metrics/binary-metrics'
import { loadPredictionsFile } from '../../predictions/load-predictions'
import { openTrackingStore } from '../../tracking/open-store'
import type { Run } from '../../tracking/types'
import { loadSiteInputs } from '../load-site-inputs'
import { writeSiteFile } from '../write-site-file'
import { buildComparison } from './build-comparison'
import { parseComparison } from './parse-comparison'
import { parseScoresFile } from './scores-file'

const DEV = 'data/output/predictions_dev.parquet'
const PROD = 'data/output/predictions_prod.parquet'
const FIXTURES = resolve('lib/model-reader/fixtures')
/** the pipeline's newest logistic-regression candidate run in ./mlruns (ids differ per machine) */
let LR_RUN = ''
beforeAll(async () => {
  const store = await openTrackingStore('mlruns')
  let newest: Run | null = null
  for (const experiment of await store.listExperiments()) {
    for (const run of await store.listRuns(experiment.id)) {
      if (run.name !== 'Treinamento - LogisticRegression') continue
      if (!newest || (run.startTime ?? 0) > (newest.startTime ?? 0)) newest = run
    }
  }
  if (!newest)
    throw new Error('no "Treinamento - LogisticRegression" run in ./mlruns: run npm run pipeline')
  LR_RUN = newest.id
})

/** The real student models in shared/fixtures/peer-models beside the repository (or the worktree). */
function peerFolder(): string {
  for (let dir = resolve('..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'fixtures', 'peer-models')
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir)
      throw new Error('no shared/fixtures/peer-models beside the repository')
  }
}

let out: string
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'comparison-'))
})
afterEach(async () => {
  await rm(out, { recursive: true, force: true })
})

async function readBack(file: string, rows: number): Promise<Float64Array> {
  const bytes = new Uint8Array(await readFile(join(out, file.replace(/^data\//, ''))))
  return parseScoresFile(bytes, file, rows)
}

describe('buildComparison on the pipeline outputs (mlruns/, data/output/)', () => {
  it('compares the two Treinamento candidates by default; the LR re-scores prediction_score', async () => {
    const inputs = await loadSiteInputs({ tracking: 'mlruns', dev: DEV, prod: PROD })
    const result = await buildComparison({
      ...inputs,
      compare: undefined,
      cwd: process.cwd(),
      outDir: out,
    })
    const snapshot = parseComparison(await readFile(join(out, 'comparison.json'), 'utf8'))
    expect(snapshot.chosenBy).toBe('candidates')
    expect(snapshot.skipped).toEqual([])
    expect(result.problems).toEqual([])
    expect(snapshot.models.map((m) => [m.name, m.estimator])).toEqual([
      ['DecisionTree', ['DecisionTreeClassifier']],
      ['LogisticRegression', ['LogisticRegression']],
    ])
    const lrIndex = snapshot.models.findIndex((m) => m.runId === LR_RUN)
    expect(lrIndex).toBe(1)
    // the LR is the served model: its re-scored prod rows are the stored prediction_score
    const prod = await loadPredictionsFile(PROD)
    const stored = prod.data.probability!
    const rescored = result.scores[lrIndex]!.prod!
    expect(rescored.length).toBe(6426)
    let worst = 0
    for (let i = 0; i < stored.length; i++)
      worst = Math.max(worst, Math.abs(rescored[i]! - stored[i]!))
    expect(worst).toBeLessThan(1e-9)
    // headline metrics equal the snapshot's metrics of the stored scores, and the shipped file
    // holds every row in the rows file's order (6,426 rows: not sampled)
    const lr = snapshot.models[lrIndex]!.datasets.prod!
    const labelled = [...prod.data.target.keys()].filter((i) => !Number.isNaN(prod.data.target[i]!))
    const exact = binaryMetrics(
      labelled.map((i) => prod.data.target[i]!),
      labelled.map((i) => stored[i]!),
    )
    for (const [k, v] of Object.entries(exact)) {
      expect(lr.metrics![k as keyof typeof exact]).toBeCloseTo(v, 12)
    }
    expect(lr.metricsRows).toBe(labelled.length)
    const shipped = await readBack(lr.scoresFile, lr.shippedRows)
    expect(Array.from(shipped)).toEqual(Array.from(rescored))
    // the tree is a different model: its prod log loss differs from the LR's
    const tree = snapshot.models[0]!.datasets
    expect(tree.prod!.metrics!.log_loss).not.toBeCloseTo(lr.metrics!.log_loss, 6)
    expect(tree.dev!.rows).toBe(4057)
  })

  it('ships the sampled rows in the rows file order when a dataset is above the limit', async () => {
    const inputs = await loadSiteInputs({ tracking: 'mlruns', dev: DEV, prod: PROD })
    const result = await buildComparison({
      ...inputs,
      compare: LR_RUN,
      cwd: process.cwd(),
      outDir: out,
      rowsLimit: 1000,
    })
    const entry = result.snapshot.models[0]!.datasets.prod!
    expect(entry.shippedRows).toBe(1000)
    expect(entry.rows).toBe(6426)
    const { sampleRowIndices } = await import('../predictions/sample-rows')
    const indices = sampleRowIndices(6426, 1000)
    const shipped = await readBack(entry.scoresFile, 1000)
    const all = result.scores[0]!.prod!
    expect(Array.from(shipped)).toEqual(Array.from(indices, (i) => all[i]!))
  })
})

describe('buildComparison with MONITOR_COMPARE on a temp project', () => {
  it('compares a pickled sklearn pipeline with ours; a bad reference is one line', async () => {
    // prod: the fixture's 40 input rows (columns named as the model's feature_names_in_)
    const csv = (await readFile(join(FIXTURES, 'input.csv'), 'utf8')).trim().split('\n')
    const header = csv[0]!.split(',')
    // an empty cell is a missing value, which the pipeline's imputer fills
    const rows = csv.slice(1).map((l) => l.split(',').map((v) => (v === '' ? null : Number(v))))
    const target = rows.map((_, i) => (i % 3 === 0 ? 1 : 0))
    const prodFile = join(out, 'prod.parquet')
    await writeSiteFile(
      prodFile,
      new Uint8Array(
        parquetWriteBuffer({
          columnData: [
            ...header.map((name, j) => ({
              name,
              data: rows.map((r) => r[j] ?? null),
              type: 'DOUBLE' as const,
            })),
            { name: 'shot_made_flag', data: target, type: 'INT32' as const },
          ],
        }),
      ),
    )
    const pickle = join(FIXTURES, 'logreg_binary_pipeline.p4.pkl')
    const inputs = await loadSiteInputs({ tracking: resolve('mlruns'), dev: null, prod: prodFile })
    const result = await buildComparison({
      ...inputs,
      compare: `${pickle}, ${LR_RUN}, models:/kobe-shot-model/7, ${join(FIXTURES, 'ridge.p4.pkl')}`,
      cwd: out,
      outDir: join(out, 'site'),
    })
    const snapshot = result.snapshot
    expect(snapshot.chosenBy).toBe('env')
    expect(snapshot.models.map((m) => m.name)).toEqual([
      'logreg_binary_pipeline.p4.pkl',
      `run ${LR_RUN.slice(0, 8)}`,
      'ridge.p4.pkl',
    ])
    expect(snapshot.models[0]!.estimator.at(-1)).toBe('LogisticRegression')
    expect(snapshot.models[2]!.clippedScore).toBe(true)
    expect(snapshot.skipped).toEqual([
      {
        reference: 'models:/kobe-shot-model/7',
        reason: 'registered model "kobe-shot-model" has no version 7 with a run',
      },
    ])
    expect(result.problems).toHaveLength(1)
    // the pickle's probabilities are scikit-learn's predict_proba[:, 1] (expected.json)
    const expected = JSON.parse(await readFile(join(FIXTURES, 'expected.json'), 'utf8'))
      .logreg_binary_pipeline.probabilities as number[][]
    const p = result.scores[0]!.prod!
    expect(p.length).toBe(expected.length)
    expected.forEach((row, i) => expect(Math.abs(p[i]! - row[1]!)).toBeLessThan(1e-9))
    expect(snapshot.models[0]!.datasets.prod!.metrics!.roc_auc).toBeCloseTo(
      binaryMetrics(target, p).roc_auc,
      14,
    )
    expect(snapshot.models[0]!.datasets.dev).toBeNull()
  })

  it('compares XGBoost pickles (alone and in a pipeline) as xgboost scores them, NaN included', async () => {
    const dir = join(FIXTURES, 'xgboost')
    const csv = (await readFile(join(dir, 'input.csv'), 'utf8')).trim().split('\n')
    const header = csv[0]!.split(',')
    const rows = csv.slice(1).map((l) => l.split(',').map((v) => (v === '' ? null : Number(v))))
    const prodFile = join(out, 'prod.parquet')
    await writeSiteFile(
      prodFile,
      new Uint8Array(
        parquetWriteBuffer({
          columnData: [
            ...header.map((name, j) => ({
              name,
              data: rows.map((r) => r[j] ?? null),
              type: 'DOUBLE' as const,
            })),
            { name: 'shot_made_flag', data: rows.map((_, i) => i % 2), type: 'INT32' as const },
          ],
        }),
      ),
    )
    const inputs = await loadSiteInputs({ tracking: resolve('mlruns'), dev: null, prod: prodFile })
    const result = await buildComparison({
      ...inputs,
      compare: `${join(dir, 'xgb_binary.p5.pkl')}, ${join(dir, 'xgb_pipeline.joblib.pkl')}`,
      cwd: out,
      outDir: null,
    })
    expect(result.snapshot.skipped).toEqual([])
    expect(result.snapshot.models.map((m) => [m.name, m.estimator.at(-1)])).toEqual([
      ['xgb_binary.p5.pkl', 'XGBClassifier'],
      ['xgb_pipeline.joblib.pkl', 'XGBClassifier'],
    ])
    const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8'))
    ;(['xgb_binary', 'xgb_pipeline'] as const).forEach((name, k) => {
      const want = expected[name].probabilities as number[][]
      const p = result.scores[k]!.prod!
      expect(p.length).toBe(want.length)
      want.forEach((row, i) => expect(Math.abs(p[i]! - row[1]!)).toBeLessThan(1e-6))
    })
  })

  it('a model lacking a column is one sentence naming the file and the column', async () => {
    const prodFile = join(out, 'prod.parquet')
    await writeSiteFile(
      prodFile,
      new Uint8Array(
        parquetWriteBuffer({
          columnData: [
            { name: 'shot_distance', data: [1, 20, 25], type: 'DOUBLE' },
            { name: 'shot_made_flag', data: [1, 0, 0], type: 'INT32' },
          ],
        }),
      ),
    )
    const inputs = await loadSiteInputs({ tracking: resolve('mlruns'), dev: null, prod: prodFile })
    const result = await buildComparison({ ...inputs, compare: LR_RUN, cwd: out, outDir: null })
    expect(result.snapshot.models).toEqual([])
    expect(result.snapshot.skipped[0]!.reason).toBe(
      `run ${LR_RUN}: ${prodFile} has no column "lat" the model needs (feature columns: shot_distance)`,
    )
  })
})

describe("buildComparison on a student's own models (shared/fixtures/peer-models)", () => {
  it('re-scores their logged prediction_proba with their logistic regression; their tree and AdaBoost compare too', async () => {
    const peer = peerFolder()
    const prodFile = join(peer, 'predictions_prod.parquet')
    const inputs = await loadSiteInputs({ tracking: null, dev: DEV, prod: prodFile })
    const result = await buildComparison({
      ...inputs,
      compare: ['logistic_model.pkl', 'decisionTree.pkl', 'best_classifier.pkl']
        .map((f) => join(peer, f))
        .join(','),
      cwd: out,
      outDir: null,
    })
    expect(result.snapshot.skipped).toEqual([])
    expect(result.snapshot.models.map((m) => [m.name, m.estimator])).toEqual([
      ['logistic_model.pkl', ['LogisticRegression']],
      ['decisionTree.pkl', ['DecisionTreeClassifier']],
      [
        'best_classifier.pkl',
        ['AdaBoostClassifier', expect.stringMatching(/^DecisionTreeClassifier ×\d+$/)],
      ],
    ])
    const logged = (await loadPredictionsFile(prodFile)).data.probability!
    const rescored = result.scores[0]!.prod!
    expect(rescored.length).toBe(5412)
    let worst = 0
    for (let i = 0; i < logged.length; i++)
      worst = Math.max(worst, Math.abs(rescored[i]! - logged[i]!))
    expect(worst).toBeLessThan(1e-9)
    // our dev reference rows are scored by the student's models as well
    expect(result.snapshot.models[0]!.datasets.dev!.rows).toBe(4057)
    expect(result.snapshot.models[0]!.datasets.prod!.metrics!.roc_auc).toBeCloseTo(0.537053, 6)
  })
})

describe('buildComparison with the what-if list the build already loaded', () => {
  it('scores the candidates from the list, equal to reading them again', async () => {
    const { buildModelSnapshot } = await import('../model/build-model-snapshot')
    const inputs = await loadSiteInputs({ tracking: 'mlruns', dev: DEV, prod: PROD })
    const whatIf = await buildModelSnapshot({ ...inputs, outDir: null })
    const candidates = whatIf.models.filter((m) => m.source.runName?.startsWith('Treinamento - '))
    expect(candidates.length).toBeGreaterThanOrEqual(2)
    const base = { ...inputs, compare: undefined, cwd: process.cwd(), outDir: null }
    const read = await buildComparison(base)
    const reused = await buildComparison({ ...base, whatIfModels: whatIf.models })
    expect(reused.problems).toEqual([])
    expect(reused.snapshot.models.map((m) => m.datasets)).toEqual(
      read.snapshot.models.map((m) => m.datasets),
    )
    for (const [i, scores] of reused.scores.entries()) {
      expect(Array.from(scores.prod!)).toEqual(Array.from(read.scores[i]!.prod!))
    }
  })

  it('takes the listed model instead of reading the run (the list is what it scores)', async () => {
    const { buildModelSnapshot } = await import('../model/build-model-snapshot')
    const inputs = await loadSiteInputs({ tracking: 'mlruns', dev: DEV, prod: PROD })
    const whatIf = await buildModelSnapshot({ ...inputs, outDir: null })
    const lr = whatIf.models.find((m) => m.source.runId === LR_RUN)!
    const tree = whatIf.models.find((m) => m.source.runName === 'Treinamento - DecisionTree')!
    // the LR run's entry carries the tree's model: the comparison must score with it
    const swapped = [{ ...lr, model: tree.model }]
    const base = { ...inputs, compare: LR_RUN, cwd: process.cwd(), outDir: null }
    const read = await buildComparison(base)
    const reused = await buildComparison({ ...base, whatIfModels: swapped })
    expect(read.snapshot.models[0]!.estimator).toEqual(['LogisticRegression'])
    expect(reused.snapshot.models[0]!.estimator).toEqual(['DecisionTreeClassifier'])
    expect(reused.snapshot.models[0]!.datasets.prod!.metrics!.log_loss).not.toBeCloseTo(
      read.snapshot.models[0]!.datasets.prod!.metrics!.log_loss,
      6,
    )
  })
})
