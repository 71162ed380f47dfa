import type { ModelJson } from '../../model/model-json'
import { predictProbaVector } from '../../model/predict-proba'
import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'

/** P(made) as one input moves across its valid range, the others held at the form's values. */
export interface SweepCurve {
  feature: string
  x: Float64Array
  p: Float64Array
  /** the form's point on this curve */
  current: { x: number; p: number }
}

/** Most points per curve: every whole value of an integer input up to this, else evenly spaced. */
export const SWEEP_POINTS = 161

/** The values a sweep visits: min..max, every integer for integer inputs (when few enough). */
export function sweepGrid(spec: FeatureSpec, points = SWEEP_POINTS): Float64Array {
  const { min, max } = spec
  if (max <= min) return Float64Array.of(min)
  if (spec.integer && max - min + 1 <= points) {
    return Float64Array.from({ length: max - min + 1 }, (_, i) => min + i)
  }
  return Float64Array.from({ length: points }, (_, i) =>
    i === points - 1 ? max : min + ((max - min) * i) / (points - 1),
  )
}

/**
 * One-dimensional partial-dependence sweeps around a point: for each spec (a model input), the
 * model's P(made) over `sweepGrid(spec)` with every other input at `values`. Throws the model's
 * ModelInputError when `values` lacks an input of the model.
 */
export function sweepCurves(
  model: ModelJson,
  specs: readonly FeatureSpec[],
  values: Readonly<Record<string, number>>,
  points = SWEEP_POINTS,
): SweepCurve[] {
  const base = Float64Array.from(model.features, (name) => {
    const v = values[name]
    if (v === undefined || !Number.isFinite(v))
      throw new Error(`what-if: feature "${name}" has no value (${String(v)})`)
    return v
  })
  return specs.flatMap((spec) => {
    const j = model.features.indexOf(spec.name)
    if (j < 0) return []
    const x = sweepGrid(spec, points)
    const p = new Float64Array(x.length)
    const row = Float64Array.from(base)
    for (let i = 0; i < x.length; i++) {
      row[j] = x[i]!
      p[i] = predictProbaVector(model, row)
    }
    return [
      { feature: spec.name, x, p, current: { x: base[j]!, p: predictProbaVector(model, base) } },
    ]
  })
}
