import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readParquetFile } from '../parquet/read-parquet-file'
import { readModelFile, scoreModel } from './read-model-file'

// the real student models, in ../shared beside the repository (as in CI)
const peerPath = (name: string) =>
  join(__dirname, '..', '..', '..', 'shared', 'fixtures', 'peer-models', name)

describe('readModelFile on the real peer LogisticRegression', () => {
  it('reproduces the logged prediction_proba on all 5,412 prod rows within 1e-9', async () => {
    const r = readModelFile(readFileSync(peerPath('logistic_model.pkl')), 'logistic_model.pkl')
    if (!r.ok) throw new Error(r.error)
    expect(r.model.kind).toBe('classifier')
    expect(r.model.steps).toEqual(['LogisticRegression'])
    expect(r.model.features).toEqual([
      'lat',
      'lng',
      'minutes_remaining',
      'period',
      'playoffs',
      'shot_distance',
    ])
    const cols = (await readParquetFile(peerPath('predictions_prod.parquet'))).data
    const out = scoreModel(r.model, cols)
    const logged = Array.from(cols.prediction_proba as ArrayLike<number>, Number)
    expect(out.rows).toBe(5412)
    let worst = 0
    const p1 = out.cols[1] as Float64Array
    for (let i = 0; i < logged.length; i++) worst = Math.max(worst, Math.abs(p1[i]! - logged[i]!))
    expect(worst).toBeLessThan(1e-9)
  })
  it('names the file and class of an unsupported model and lists the supported ones', () => {
    const file = join(__dirname, 'fixtures', 'unsupported', 'gaussian-nb.pkl')
    const r = readModelFile(readFileSync(file), 'gaussian-nb.pkl')
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.error).toMatch(
        /^gaussian-nb\.pkl holds the class GaussianNB .*supported: .*LogisticRegression/,
      )
  })
})
