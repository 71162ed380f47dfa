import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

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
})
