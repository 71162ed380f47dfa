import { DriftInputError } from './drift-input-error'
import { finiteSorted } from './finite-sorted'

/** A raw cell as the drift code accepts it (BigInt already converted by the parquet reader). */
export type DriftCell = number | string | boolean | null | undefined

/** A cleaned sample: numbers sorted ascending, or labels (strings, booleans as 'false'/'true'). */
export type PreparedSample =
  | { kind: 'numeric'; sorted: Float64Array; dropped: number }
  | { kind: 'labels'; values: string[]; dropped: number }

/**
 * Cleans one sample the way Evidently does before any test: null, NaN and ±Infinity are dropped
 * (and counted). Numbers are sorted once; strings and booleans become labels. A sample that mixes
 * numbers with strings is a DriftInputError naming `label` and the first offending value.
 */
export function prepareSample(values: ArrayLike<DriftCell>, label: string): PreparedSample {
  if (values instanceof Float64Array) return { kind: 'numeric', ...finiteSorted(values, label) }
  let firstNumber = -1
  let firstLabel = -1
  for (let i = 0; i < values.length && (firstNumber < 0 || firstLabel < 0); i++) {
    const value = values[i]
    if (typeof value === 'number') firstNumber = firstNumber < 0 ? i : firstNumber
    else if (typeof value === 'string' || typeof value === 'boolean') {
      firstLabel = firstLabel < 0 ? i : firstLabel
    }
  }
  if (firstNumber >= 0 && firstLabel >= 0) {
    const at = Math.max(firstNumber, firstLabel)
    throw new DriftInputError(
      `${label}: mixes numbers and strings (row ${at} holds ${JSON.stringify(values[at])})`,
    )
  }
  if (firstLabel < 0) {
    return { kind: 'numeric', ...finiteSorted(values as ArrayLike<number | null>, label) }
  }
  const out: string[] = []
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (typeof value === 'string') out.push(value)
    else if (typeof value === 'boolean') out.push(value ? 'true' : 'false')
  }
  return { kind: 'labels', values: out, dropped: values.length - out.length }
}

/** Number of values left after cleaning. */
export function sampleSize(sample: PreparedSample): number {
  return sample.kind === 'numeric' ? sample.sorted.length : sample.values.length
}
