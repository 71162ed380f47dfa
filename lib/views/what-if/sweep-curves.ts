import type { LoggedModel } from '../../serving/read-logged-model'
import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'
import { modelInputs, scoreRow, scoreRows } from './what-if-model'

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

/**
 * The values a sweep visits: min..max, every integer for integer inputs (when few enough), every
 * category (its index) of a categorical input.
 */
export function sweepGrid(spec: FeatureSpec, points = SWEEP_POINTS): Float64Array {
  const { min, max } = spec
  if (spec.categories) return Float64Array.from(spec.categories, (_, i) => i)
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
 * model's score (P(made), or a regressor's clipped output) over `sweepGrid(spec)` with every
 * other input at `values`, scored in one batch per curve. Throws when `values` lacks an input.
 */
export function sweepCurves(
  model: LoggedModel,
  specs: readonly FeatureSpec[],
  values: Readonly<Record<string, number>>,
  points = SWEEP_POINTS,
): SweepCurve[] {
  const inputs = modelInputs(model)
  for (const name of inputs) {
    const v = values[name]
    if (v === undefined || !Number.isFinite(v))
      throw new Error(`what-if: feature "${name}" has no value (${String(v)})`)
  }
  const current = scoreRow(model, specs, values)
  return specs.flatMap((spec) => {
    if (!inputs.includes(spec.name)) return []
    const x = sweepGrid(spec, points)
    const columns = Object.fromEntries(
      inputs.map((name) => [
        name,
        name === spec.name ? x : new Float64Array(x.length).fill(values[name]!),
      ]),
    )
    const p = scoreRows(model, specs, columns)
    return [{ feature: spec.name, x, p, current: { x: values[spec.name]!, p: current } }]
  })
}
