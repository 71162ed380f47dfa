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

describe('PyCaret 2 and 3 pipelines (stand-ins with PyCaret state around sklearn 1.2.1)', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.pkl') && !f.startsWith('unsupported'))
  it('has the fixtures', () => expect(files).toHaveLength(11))
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
      // a target PyCaret label-encoded ('made'/'missed' → 0/1) is reported by its labels
      const encoded =
        r.model.steps.includes('TransformerWrapperWithInverse') &&
        doc.classes?.every((c) => typeof c === 'number')
      expect(r.model.classes).toEqual(encoded ? ['made', 'missed'] : (doc.classes ?? null))
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
  it("names PyCaret 2's power transformation (normalize_method='yj'), which it does not rebuild", () => {
    expect(read('unsupported-pycaret2-scaling.pkl')).toEqual({
      ok: false,
      error:
        'unsupported-pycaret2-scaling.pkl: PyCaret 2\'s Scaling_and_Power_transformation applies "yj", which the model reader does not rebuild; supported: zscore, minmax, robust.',
    })
  })
  it('PyCaret 2: a category training never saw takes its most frequent level, and the labels are decoded', () => {
    const r = read('pycaret2-logreg.pkl')
    if (!r.ok) throw new Error(r.error)
    expect(r.model.steps).toEqual([
      'Pipeline',
      'DataTypes_Auto_infer',
      'Simple_Imputer',
      'SimpleImputer',
      'SimpleImputer',
      'New_Catagorical_Levels_in_TestData',
      'Dummify',
      'OneHotEncoder',
      'Remove_100',
      'Clean_Colum_Names',
      'Empty',
      'LogisticRegression',
    ])
    expect(r.model.classes).toEqual(['made', 'missed'])
    const doc = JSON.parse(readFileSync(join(DIR, 'pycaret2-logreg.json'), 'utf8')) as Doc
    const row = (i: number) =>
      Object.fromEntries(Object.entries(doc.columns).map(([k, v]) => [k, [v[i]!]]))
    // row 3 holds 'Alley Oop' and row 5 period 5, levels training never saw
    const unseen = scoreModel(r.model, row(3)).cols[0] as Float64Array
    expect(Math.abs(unseen[0]! - doc.probabilities![3]![0]!)).toBeLessThan(1e-9)
    const asJump = scoreModel(r.model, { ...row(3), combined_shot_type: ['Jump Shot'] })
    expect((asJump.cols[0] as Float64Array)[0]).toBe(unseen[0])
    // 1.0 written as a float is the level "1" training saw
    const asFloat = scoreModel(r.model, { ...row(0), period: [String(row(0).period![0]) + '.0'] })
    expect((asFloat.cols[0] as Float64Array)[0]).toBe(
      (scoreModel(r.model, row(0)).cols[0] as Float64Array)[0],
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
