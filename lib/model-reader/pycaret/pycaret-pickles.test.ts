import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readModelFile, scoreModel } from '../read-model-file'

const DIR = join(__dirname, '..', 'fixtures', 'pycaret')

interface Doc {
  loader: string
  columns: Record<string, Array<number | string | null>>
  probabilities?: number[][]
  predictions?: number[]
  classes?: Array<number | string>
}

const read = (file: string) => readModelFile(readFileSync(join(DIR, file)), file)

describe('PyCaret 3 pipelines (stand-ins with PyCaret state around sklearn 1.2.1)', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.pkl') && !f.startsWith('unsupported'))
  it('has the fixtures', () => expect(files).toHaveLength(6))
  for (const file of files) {
    const doc = JSON.parse(readFileSync(join(DIR, file.replace(/\.pkl$/, '.json')), 'utf8')) as Doc
    it(`${file} (${doc.loader}) is within 1e-9 of scikit-learn`, () => {
      const r = read(file)
      if (!r.ok) throw new Error(r.error)
      expect(r.model.steps[0]).toBe('Pipeline')
      expect(r.model.steps).not.toContain('RemoveOutliers')
      expect(r.model.steps).not.toContain('FixImbalancer')
      expect(r.model.features).toEqual(Object.keys(doc.columns))
      // the columns arrive in another order: matched by name
      const shuffled = Object.fromEntries(Object.entries(doc.columns).reverse())
      const out = scoreModel(r.model, shuffled)
      const want = doc.probabilities ?? doc.predictions!.map((p) => [p])
      expect(r.model.classes).toEqual(doc.classes ?? null)
      let worst = 0
      want.forEach((row, i) =>
        row.forEach((p, k) => {
          worst = Math.max(worst, Math.abs((out.cols[k] as Float64Array)[i]! - p))
        }),
      )
      expect(worst).toBeLessThan(1e-9)
    })
  }
  it('names an unsupported wrapped class and lists the supported ones', () => {
    const r = read('unsupported-knn-imputer.pkl')
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.error).toMatch(
        /^unsupported-knn-imputer\.pkl holds the class KNNImputer \(sklearn\.impute\._knn\.KNNImputer\), which the model reader does not support; supported: .*TransformerWrapper/,
      )
  })
  it("names PyCaret 2's DataTypes_Auto_infer step (its pandas dtype state is read, not supported)", () => {
    const r = read('unsupported-pycaret2-dtypes.pkl')
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.error).toMatch(
        /^unsupported-pycaret2-dtypes\.pkl holds the class DataTypes_Auto_infer \(pycaret\.internal\.preprocess\.DataTypes_Auto_infer\), which the model reader does not support; supported: /,
      )
  })
  it('names a target transformation it cannot invert', () => {
    const r = read('unsupported-target-transform.pkl')
    expect(r).toEqual({
      ok: false,
      error:
        'unsupported-target-transform.pkl transforms the target with PowerTransformer (TransformerWrapperWithInverse), which the model reader cannot invert; supported there: LabelEncoder.',
    })
  })
})
