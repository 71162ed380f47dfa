import type { NdArray, PyObject, PyValue } from '../py-value'

/** Reads typed fields out of an estimator's pickled state, with messages naming class and field. */
export class EstimatorStateError extends Error {}

function isNdArray(v: PyValue | undefined): v is NdArray {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && (v as NdArray).kind === 'ndarray'
  )
}

export function field(obj: PyObject, name: string): PyValue {
  const v = obj.state[name]
  if (v === undefined) {
    throw new EstimatorStateError(`${obj.className} has no field ${name} in its pickled state.`)
  }
  return v
}

export function ndarray(obj: PyObject, name: string): NdArray {
  const v = field(obj, name)
  if (!isNdArray(v)) throw new EstimatorStateError(`${obj.className}.${name} is not a numpy array.`)
  return v
}

export function numbers(obj: PyObject, name: string): number[] {
  const v = field(obj, name)
  if (typeof v === 'number') return [v]
  if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return v as number[]
  if (isNdArray(v) && v.data instanceof Float64Array) return Array.from(v.data)
  throw new EstimatorStateError(`${obj.className}.${name} is not an array of numbers.`)
}

export function num(obj: PyObject, name: string): number {
  const v = field(obj, name)
  if (typeof v === 'number') return v
  if (typeof v === 'bigint') return Number(v)
  if (isNdArray(v) && v.data instanceof Float64Array && v.data.length === 1) return v.data[0]!
  throw new EstimatorStateError(`${obj.className}.${name} is not a number (got ${typeof v}).`)
}

export function classLabels(obj: PyObject): Array<number | string> {
  const v = field(obj, 'classes_')
  if (isNdArray(v)) {
    if (v.data instanceof Float64Array) return Array.from(v.data)
    return (v.data as unknown[]).map((x) => (typeof x === 'number' ? x : String(x)))
  }
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'number' ? x : String(x)))
  throw new EstimatorStateError(`${obj.className}.classes_ is not an array.`)
}

export function pyObject(owner: PyObject, name: string, v: PyValue): PyObject {
  if (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    (v as PyObject).kind === 'object'
  ) {
    return v as PyObject
  }
  throw new EstimatorStateError(
    `${owner.className}.${name} holds something other than an estimator.`,
  )
}

/** A list or object ndarray of estimators, flattened in C order. */
export function objectList(obj: PyObject, name: string): PyObject[] {
  const v = field(obj, name)
  const items = Array.isArray(v)
    ? v
    : isNdArray(v) && Array.isArray(v.data)
      ? (v.data as PyValue[])
      : null
  if (!items) throw new EstimatorStateError(`${obj.className}.${name} is not a list of estimators.`)
  return items.map((x) => pyObject(obj, name, x))
}

export function shortName(className: string): string {
  return className.slice(className.lastIndexOf('.') + 1)
}
