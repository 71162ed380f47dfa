import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildMlflow3Store, MLFLOW3 } from './mlflow3-store-fixture'

const FIX = join(__dirname, '..', 'lib', 'model-reader', 'fixtures')

describe('npm run predict --json', () => {
  it('scores each model in order and reports a bad one without stopping the others', () => {
    const out = execFileSync(
      'npx',
      [
        'tsx',
        join(__dirname, 'predict.ts'),
        '--input',
        join(FIX, 'input.csv'),
        '--json',
        join(FIX, 'logreg_binary_pipeline.p4.pkl'),
        join(FIX, 'unsupported', 'gaussian-nb.pkl'),
        join(FIX, 'ridge.cloudpickle.pkl'),
      ],
      { encoding: 'utf8' },
    )
    const entries = JSON.parse(out) as Array<{
      ok: boolean
      steps?: string[]
      probabilities?: number[][]
      predictions?: number[]
      error?: string
      kind?: string
    }>
    const expected = JSON.parse(readFileSync(join(FIX, 'expected.json'), 'utf8'))
    expect(entries.map((e) => e.ok)).toEqual([true, false, true])
    expect(entries[0]!.steps).toEqual([
      'Pipeline',
      'SimpleImputer',
      'StandardScaler',
      'LogisticRegression',
    ])
    const probs = entries[0]!.probabilities as number[][]
    expect(
      Math.abs(probs[3]![1]! - expected.logreg_binary_pipeline.probabilities[3][1]),
    ).toBeLessThan(1e-9)
    expect(entries[1]!.error).toMatch(/gaussian-nb\.pkl holds the class GaussianNB/)
    expect(entries[2]!.kind).toBe('regressor')
    expect(
      Math.abs((entries[2]!.predictions as number[])[7]! - expected.ridge.predictions[7]),
    ).toBeLessThan(1e-9)
  }, 60000)

  it('scores XGBoost pickles as xgboost does (1e-6) and names a linear booster', () => {
    const dir = join(FIX, 'xgboost')
    const out = execFileSync(
      'npx',
      [
        'tsx',
        join(__dirname, 'predict.ts'),
        '--input',
        join(dir, 'input.csv'),
        '--json',
        join(dir, 'xgb_pipeline.p5.pkl'),
        join(dir, 'unsupported', 'xgb_gblinear.pkl'),
      ],
      { encoding: 'utf8' },
    )
    const [pipeline, linear] = JSON.parse(out) as Array<{
      ok: boolean
      steps?: string[]
      probabilities?: number[][]
      error?: string
    }>
    const want = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).xgb_pipeline
      .probabilities as number[][]
    expect(pipeline!.steps).toEqual([
      'Pipeline',
      'SimpleImputer',
      'StandardScaler',
      'XGBClassifier',
    ])
    expect(pipeline!.probabilities).toHaveLength(want.length)
    pipeline!.probabilities!.forEach((row, i) =>
      row.forEach((p, k) => expect(Math.abs(p - want[i]![k]!)).toBeLessThan(1e-6)),
    )
    expect(linear!.ok).toBe(false)
    expect(linear!.error).toMatch(/XGBClassifier uses the "gblinear" booster/)
  }, 60000)

  it('finds MLflow 3 logged models: models:/m-<id>, a registered version, the LoggedModel folder', () => {
    const project = mkdtempSync(join(tmpdir(), 'predict-mlflow3-'))
    const root = buildMlflow3Store(project)
    const folder = join(root, MLFLOW3.experiment, 'models', MLFLOW3.model)
    const out = execFileSync(
      'npx',
      [
        'tsx',
        join(__dirname, 'predict.ts'),
        '--input',
        join(FIX, 'input.csv'),
        '--json',
        `models:/${MLFLOW3.model}`,
        `models:/${MLFLOW3.registered}@champion`,
        folder,
        'models:/m-0000000000',
      ],
      { encoding: 'utf8', env: { ...process.env, MLFLOW_TRACKING_URI: root } },
    )
    const entries = JSON.parse(out) as Array<{
      ok: boolean
      classes?: number[]
      features?: string[]
      probabilities?: number[][]
      error?: string
    }>
    const expected = JSON.parse(readFileSync(join(FIX, 'expected.json'), 'utf8'))
      .logreg_binary_pipeline.probabilities as number[][]
    expect(entries.map((e) => e.ok)).toEqual([true, true, true, false])
    for (const entry of entries.slice(0, 3)) {
      expect(entry.classes).toEqual([0, 1])
      entry.probabilities!.forEach((row, i) =>
        row.forEach((p, k) => expect(Math.abs(p - expected[i]![k]!)).toBeLessThan(1e-9)),
      )
    }
    expect(entries[3]!.error).toBe(`no logged model m-0000000000 in any experiment of ${root}`)
  }, 60000)
})
