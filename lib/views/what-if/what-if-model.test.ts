import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readModelFile, scoreModel } from '../../model-reader/read-model-file'
import type { PortableModel } from '../../model-reader/model-node'
import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'
import { checkInputs, defaultText } from './check-inputs'
import { sweepCurves } from './sweep-curves'
import {
  categoricalInputs,
  estimatorName,
  modelInputs,
  scoredClass,
  scoreRow,
  scoreRows,
} from './what-if-model'

const FIXTURES = join(__dirname, '..', '..', 'model-reader', 'fixtures')
function read(file: string): PortableModel {
  const r = readModelFile(readFileSync(join(FIXTURES, file)), file)
  if (!r.ok) throw new Error(r.error)
  return r.model
}
const spec = (name: string, extra: Partial<FeatureSpec> = {}): FeatureSpec => ({
  name,
  label: name,
  unit: '',
  min: -1000,
  max: 1000,
  step: 0.01,
  integer: false,
  default: 0,
  train: null,
  ...extra,
})

describe('what-if scoring of a pickled model', () => {
  const pycaret = read('pycaret/pycaret3-calibrated.pkl')
  const categories = categoricalInputs(pycaret)
  const specs = modelInputs(pycaret).map((name) =>
    categories[name]
      ? spec(name, { categories: categories[name], min: 0, max: categories[name].length - 1 })
      : spec(name),
  )
  const row = {
    lat: 33.95,
    lng: -118.2,
    minutes_remaining: 3,
    period: 2,
    playoffs: 0,
    shot_distance: 24,
    shot_type: 1,
    combined_shot_type: categories.combined_shot_type!.indexOf('Jump Shot'),
  }

  it("finds the OneHotEncoder's inputs and their categories, and names the estimator", () => {
    expect(Object.keys(categories)).toEqual(['shot_type', 'combined_shot_type'])
    expect(categories.shot_type).toEqual(['2PT Field Goal', '3PT Field Goal'])
    expect(estimatorName(read('ridge.p5.pkl'))).toBe(
      'Pipeline(SimpleImputer, StandardScaler, Ridge)',
    )
    expect(categoricalInputs(read('logreg_binary_pipeline.p5.pkl'))).toEqual({})
  })

  it('scores a category index as the category itself, as the model reader does', () => {
    const want = scoreModel(pycaret, {
      ...Object.fromEntries(Object.entries(row).map(([k, v]) => [k, [v]])),
      shot_type: ['3PT Field Goal'],
      combined_shot_type: ['Jump Shot'],
    }).cols[0]![0]
    // the target was label-encoded ('made' → 0): the score is P('made'), the first column
    expect(pycaret.format === 'portable-model/1' && pycaret.classes).toEqual(['made', 'missed'])
    expect(scoredClass(pycaret)).toBe('made')
    expect(scoreRow(pycaret, specs, row)).toBe(want)
  })

  it('sweeps every input, a categorical one over its categories, in one batch per curve', () => {
    const curves = sweepCurves(pycaret, specs, row, 11)
    expect(curves.map((c) => c.feature)).toEqual(modelInputs(pycaret))
    const shotType = curves.find((c) => c.feature === 'shot_type')!
    expect(Array.from(shotType.x)).toEqual([0, 1])
    expect(shotType.p[0]).toBe(scoreRow(pycaret, specs, { ...row, shot_type: 0 }))
    expect(shotType.current.p).toBe(scoreRow(pycaret, specs, row))
  })

  it("clips a regressor's output to [0, 1]", () => {
    const ridge = read('ridge.p5.pkl')
    const specs6 = modelInputs(ridge).map((n) => spec(n))
    const far = {
      lat: 40,
      lng: -100,
      minutes_remaining: 0,
      period: 1,
      playoffs: 0,
      shot_distance: 0,
    }
    const raw = scoreModel(ridge, Object.fromEntries(Object.entries(far).map(([k, v]) => [k, [v]])))
      .cols[0]![0] as number
    expect(raw < 0 || raw > 1).toBe(true)
    expect(scoreRow(ridge, specs6, far)).toBe(Math.min(1, Math.max(0, raw)))
    expect(() => scoreRows(ridge, specs6, { lat: Float64Array.of(NaN) })).toThrow(
      'what-if: input "lat" is not a finite number',
    )
  })

  it("checks a categorical input against the model's categories", () => {
    const shotType = specs.find((s) => s.name === 'shot_type')!
    expect(defaultText(shotType)).toBe('2PT Field Goal')
    expect(checkInputs([shotType], { shot_type: '3PT Field Goal' })).toEqual({
      values: { shot_type: 1 },
      issues: [],
    })
    expect(checkInputs([shotType], { shot_type: 'Dunk' }).issues[0]).toMatchObject({
      feature: 'shot_type',
      code: 'not_category',
      value: 'Dunk',
    })
  })
})
