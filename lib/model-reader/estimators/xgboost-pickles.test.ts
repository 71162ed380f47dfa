import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PortableModel } from '../model-node'
import { unpickle } from '../pickle/unpickle'
import type { PyObject } from '../py-value'
import { readModelFile, scoreModel } from '../read-model-file'
import { decodeUbjson } from '../ubjson'
import { readXgbBooster } from './xgboost-booster'

/**
 * Pickles written by Debian's xgboost 1.7.4 (scripts/crosscheck/make_xgboost_fixtures.py), scored
 * on input.csv and compared with xgboost's own predict_proba / predict. XGBoost computes in float32
 * (inputs, thresholds, leaf sums, the sigmoid and softmax): the reader repeats those roundings, so
 * the only difference left is expf against Math.exp, a float32 ulp or two (< 1.2e-7 near 1); the
 * bound is 1e-6.
 */
const DIR = join(__dirname, '..', 'fixtures', 'xgboost')
const BOUND = 1e-6

type Want = {
  probabilities?: number[][]
  predictions?: number[]
  classes?: number[]
  labels?: number[]
}
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  Want
>
const [header, ...lines] = readFileSync(join(DIR, 'input.csv'), 'utf8').trim().split('\n')
const names = (header ?? '').split(',')
const input: Record<string, Float64Array> = Object.fromEntries(
  names.map((n, j) => [
    n,
    Float64Array.from(lines, (l) => {
      const v = l.split(',')[j]
      return v === '' ? NaN : Number(v)
    }),
  ]),
)

function read(file: string): PortableModel {
  const r = readModelFile(readFileSync(join(DIR, file)), file)
  if (!r.ok) throw new Error(r.error)
  return r.model
}

/** Largest difference between our output columns and xgboost's rows. */
function worst(out: Float64Array[], want: number[][]): number {
  let w = 0
  want.forEach((row, i) => row.forEach((p, k) => (w = Math.max(w, Math.abs(out[k]![i]! - p)))))
  return w
}

const FILES = readdirSync(DIR).filter((f) => f.startsWith('xgb_') && f.endsWith('.pkl'))

describe('XGBoost pickles (protocols 4 and 5, cloudpickle, joblib) score as xgboost 1.7.4 does', () => {
  it('covers every model the generator wrote, in every writer for the binary and pipeline ones', () => {
    const models = new Set(FILES.map((f) => f.split('.')[0]))
    expect([...models].sort()).toEqual(
      Object.keys(expected)
        .filter((k) => k !== 'xgboost')
        .sort(),
    )
    for (const m of ['xgb_binary', 'xgb_pipeline'])
      expect(FILES.filter((f) => f.startsWith(m + '.')).length).toBe(4)
  })
  for (const file of FILES) {
    const name = file.split('.')[0]!
    it(`${file} is within ${BOUND} of xgboost on ${lines.length} rows`, () => {
      const model = read(file)
      const want = expected[name]!
      const out = scoreModel(model, input)
      expect(out.rows).toBe(lines.length)
      const cols = out.cols as Float64Array[]
      if (want.predictions) {
        expect(model.kind).toBe('regressor')
        expect(
          worst(
            cols,
            want.predictions.map((p) => [p]),
          ),
        ).toBeLessThan(BOUND)
        return
      }
      expect(model.kind).toBe('classifier')
      expect(model.classes).toEqual(want.classes)
      expect(worst(cols, want.probabilities!)).toBeLessThan(BOUND)
      // predict's labels: the most probable class (p > 0.5 for binary)
      want.labels?.forEach((label, i) => {
        const p = cols.map((c) => c[i]!)
        const best = p.length === 2 ? (p[1]! > 0.5 ? 1 : 0) : p.indexOf(Math.max(...p))
        expect(best, `row ${i}`).toBe(label)
      })
    })
  }
})

describe("PyCaret 3's compare_models pick: XGBClassifier at the end of its pipeline", () => {
  it('pycaret3-xgboost.joblib.pkl (save_model) scores its labels within 1e-6 of xgboost', () => {
    const doc = JSON.parse(readFileSync(join(DIR, 'pycaret3-xgboost.json'), 'utf8')) as {
      columns: Record<string, Array<number | string | null>>
      probabilities: number[][]
    }
    const m = read('pycaret3-xgboost.joblib.pkl')
    expect(m.steps.at(-1)).toBe('XGBClassifier')
    expect(m.features).toEqual(Object.keys(doc.columns))
    // the target was label-encoded: the classes are the user's labels
    expect(m.classes).toEqual(['made', 'missed'])
    const out = scoreModel(m, doc.columns).cols as Float64Array[]
    expect(worst(out, doc.probabilities)).toBeLessThan(BOUND)
  })
})

describe('what the reader takes from an XGBoost pickle', () => {
  it('names the steps and takes the feature names from the Booster when XGBoost stands alone', () => {
    const m = read('xgb_binary.p5.pkl')
    expect(m.steps).toEqual(['XGBClassifier'])
    expect(m.features).toEqual(names)
    expect(m.inputCount).toBe(6)
    const p = read('xgb_pipeline.joblib.pkl')
    expect(p.steps).toEqual(['Pipeline', 'SimpleImputer', 'StandardScaler', 'XGBClassifier'])
    expect(p.features).toEqual(names)
  })
  it('takes columns by position when the Booster was fitted on a plain array', () => {
    const m = read('xgb_numpy_base_score.cloudpickle.pkl')
    expect(m.features).toBeNull()
    expect(m.inputCount).toBe(6)
    // base_score=0.3 is a probability: the margin starts at logit(0.3)
    expect((m.root as { baseMargin?: number }).baseMargin).toBeCloseTo(Math.log(0.3 / 0.7), 6)
  })
  it('reads a random forest (XGBRF*) as one round of parallel trees, and a boosted forest as rounds of them', () => {
    const trees = (file: string) => (read(file).root as { trees?: unknown[] }).trees?.length
    const rf = read('xgb_rf_binary.joblib.pkl')
    expect(rf.steps).toEqual(['XGBRFClassifier'])
    expect(rf.features).toEqual(names)
    expect(trees('xgb_rf_binary.joblib.pkl')).toBe(8)
    // 4 trees for each of the 3 classes, all in the one round
    expect(read('xgb_rf_multiclass.p4.pkl').classes).toEqual([0, 1, 2])
    expect((read('xgb_rf_multiclass.p4.pkl').root as { treeGroup?: number[] }).treeGroup).toEqual([
      0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
    ])
    const reg = read('xgb_rf_regressor.p5.pkl')
    expect([reg.kind, reg.steps, trees('xgb_rf_regressor.p5.pkl')]).toEqual([
      'regressor',
      ['XGBRFRegressor'],
      6,
    ])
    // 4 rounds of 3 parallel trees
    expect(trees('xgb_boosted_forest.cloudpickle.pkl')).toBe(12)
  })
  it('stops after early stopping best round, as predict does', () => {
    const m = read('xgb_early_stopping.p5.pkl')
    expect((m.root as { trees?: unknown[] }).trees).toHaveLength(6)
  })
  it('sends rows on a threshold right and NaN its default way (the edge rows of input.csv)', () => {
    const m = read('xgb_binary.p4.pkl')
    const rows = lines.length
    const out = scoreModel(m, input).cols[1] as Float64Array
    const want = expected.xgb_binary!.probabilities!.map((r) => r[1]!)
    // the edge rows differ from each other only where float32 decides; all agree with xgboost
    for (let i = 40; i < rows; i++) expect(Math.abs(out[i]! - want[i]!)).toBeLessThan(BOUND)
    expect(new Set(want.slice(40)).size).toBeGreaterThan(1)
  })
  it('names what it does not read in one sentence: a linear booster, an objective, categories, targets', () => {
    const error = (file: string) => {
      const r = readModelFile(readFileSync(join(DIR, 'unsupported', file)), file)
      return r.ok ? 'read' : r.error
    }
    expect(error('xgb_gblinear.pkl')).toBe(
      'xgb_gblinear.pkl: XGBClassifier uses the "gblinear" booster; the model reader supports tree boosters (gbtree, dart), not "gblinear".',
    )
    expect(error('xgb_poisson.pkl')).toBe(
      'xgb_poisson.pkl: XGBRegressor has the objective count:poisson; the model reader supports binary:logistic, reg:logistic, binary:logitraw, multi:softprob, multi:softmax, reg:squarederror.',
    )
    expect(error('xgb_categorical.pkl')).toBe(
      'xgb_categorical.pkl: XGBClassifier was fitted with the categorical feature(s) period (enable_categorical=True), which the model reader does not support.',
    )
    expect(error('xgb_two_targets.pkl')).toBe(
      'xgb_two_targets.pkl: XGBRegressor predicts 2 targets; the model reader supports one.',
    )
  })
  it('reads a Booster kept as JSON text as its UBJSON, and names the pre-1.6 binary format', () => {
    const est = unpickle(readFileSync(join(DIR, 'xgb_binary.p4.pkl')), 'm') as PyObject
    const handle = (est.state._Booster as PyObject).state.handle as Uint8Array
    const fromUbj = readXgbBooster(handle, 'm')
    const text = JSON.stringify(decodeUbjson(handle, 'm'))
    expect(readXgbBooster(new TextEncoder().encode(text), 'm')).toEqual(fromUbj)
    expect(fromUbj.trees).toHaveLength(12)
    const old = new TextEncoder().encode('CONFIG-offset:\u0000\u0001binary')
    expect(() => readXgbBooster(old, 'm: XGBClassifier')).toThrow(
      'm: XGBClassifier\'s Booster is in an older xgboost\'s binary format (it starts with "CONFIG-offset:.."), not UBJSON: load the model with that xgboost and pickle it again with xgboost 1.6 or newer.',
    )
  })
  it('survives a JSON round trip (the shipped model.json) and scores the same', () => {
    for (const file of [
      'xgb_pipeline.p4.pkl',
      'xgb_multiclass.joblib.pkl',
      'xgb_dart.cloudpickle.pkl',
    ]) {
      const m = read(file)
      const back = JSON.parse(JSON.stringify(m)) as PortableModel
      const a = scoreModel(m, input).cols as Float64Array[]
      const b = scoreModel(back, input).cols as Float64Array[]
      a.forEach((c, k) => expect(Array.from(b[k]!)).toEqual(Array.from(c)))
    }
  })
})
