import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readModelFile, scoreModel } from '../read-model-file'

const DIR = join(__dirname, '..', 'fixtures', 'encoders')

interface Doc {
  loader: string
  columns: Record<string, Array<number | string | null>>
  probabilities?: number[][]
  predictions?: number[]
  classes?: Array<number | string>
}

const read = (file: string) => readModelFile(readFileSync(join(DIR, file)), file)

describe('encoders, ColumnTransformer, pandas objects and joblib files from sklearn 1.2.1', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.pkl') && !f.startsWith('unsupported'))
  it('has the fixtures', () => expect(files.length).toBeGreaterThanOrEqual(14))
  for (const file of files) {
    const doc = JSON.parse(
      readFileSync(join(DIR, file.replace(/(\.p2)?\.pkl$/, '.json')), 'utf8'),
    ) as Doc
    it(`${file} (${doc.loader}) is within 1e-9 of scikit-learn`, () => {
      const r = read(file)
      if (!r.ok) throw new Error(r.error)
      const out = scoreModel(r.model, doc.columns)
      const want = doc.probabilities ?? doc.predictions!.map((p) => [p])
      expect(r.model.classes).toEqual(doc.classes ?? null)
      expect(out.rows).toBe(want.length)
      let worst = 0
      want.forEach((row, i) =>
        row.forEach((p, k) => {
          worst = Math.max(worst, Math.abs((out.cols[k] as Float64Array)[i]! - p))
        }),
      )
      expect(worst).toBeLessThan(1e-9)
    })
  }
})

describe('what the encoders say about bad input', () => {
  const doc = JSON.parse(readFileSync(join(DIR, 'onehot-drop-first-sparse.json'), 'utf8')) as Doc
  it("names the column and value of an unknown category under handle_unknown='error'", () => {
    const r = read('onehot-drop-first-sparse.pkl')
    if (!r.ok) throw new Error(r.error)
    const cols = { ...doc.columns, shot_zone_area: doc.columns.shot_zone_area!.map(() => 'Moon') }
    expect(() => scoreModel(r.model, cols)).toThrow(
      /^OneHotEncoder found the unknown category "Moon" in column shot_zone_area \(known: Back Court\(BC\), Center\(C\)/,
    )
  })
  it('names the column a ColumnTransformer selects by name when the input lacks it', () => {
    const r = read('onehot-ignore.pkl')
    if (!r.ok) throw new Error(r.error)
    const rest = Object.fromEntries(
      Object.entries(doc.columns).filter(([name]) => name !== 'shot_zone_area'),
    )
    expect(() => scoreModel(r.model, rest)).toThrow(/expects the column shot_zone_area/)
  })
  it('refuses a joblib file naming os.system after a raw array, before building anything', () => {
    const r = read('unsupported-global-after-array.pkl')
    expect(r).toEqual({
      ok: false,
      error:
        'unsupported-global-after-array.pkl was refused: it names the global posix.system, which a model file has no reason to use.',
    })
  })
  for (const kind of ['bz2', 'lzma', 'xz']) {
    it(`names a joblib file compressed with ${kind} in one sentence`, () => {
      const r = read(`unsupported-${kind}.pkl`)
      expect(r.ok).toBe(false)
      if (!r.ok)
        expect(r.error).toBe(
          `unsupported-${kind}.pkl is a joblib file compressed with ${kind}, which the model reader does not decompress: save it again with joblib.dump(model, path) or compress=('zlib' | 'gzip').`,
        )
    })
  }
})
