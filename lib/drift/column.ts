import { DriftInputError } from './drift-input-error'
import type { DriftCell } from './prepared-sample'

/** Storage type of a column, as pandas would see it (decides Evidently's column typing). */
export type ColumnDtype = 'float' | 'int' | 'string' | 'bool'

/** A column: a Float64Array (a float column) or values with their declared dtype. */
export type Column = Float64Array | { dtype: ColumnDtype; values: ArrayLike<DriftCell> }

export type ColumnType = 'numerical' | 'categorical'

/** Evidently's `INTEGER_CARDINALITY_LIMIT`: integer columns with at most this many values are categorical. */
export const INTEGER_CARDINALITY_LIMIT = 10

export function columnDtype(column: Column): ColumnDtype {
  return column instanceof Float64Array ? 'float' : column.dtype
}

export function columnValues(column: Column): ArrayLike<DriftCell> {
  return column instanceof Float64Array ? column : column.values
}

/** True when a column holds a null/undefined/NaN (pandas then stores an int column as float64). */
export function hasMissing(values: ArrayLike<DriftCell>): boolean {
  if (values instanceof Float64Array) {
    for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i]!)) return true
    return false
  }
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (value === null || value === undefined || Number.isNaN(value)) return true
  }
  return false
}

/**
 * The dtype pandas would give a column read from ref and cur: an int column with a missing
 * value in either sample becomes float (pandas cannot hold NaN in int64).
 */
export function effectiveDtype(
  name: string,
  reference: Column,
  current: Column,
  /** whether the reference holds a missing value, when already known */
  referenceMissing?: boolean,
): ColumnDtype {
  const ref = columnDtype(reference)
  const cur = columnDtype(current)
  const numeric = (d: ColumnDtype) => d === 'float' || d === 'int'
  if (ref !== cur && !(numeric(ref) && numeric(cur))) {
    throw new DriftInputError(`column "${name}": reference is ${ref} but current is ${cur}`)
  }
  if (ref === 'float' || cur === 'float') return 'float'
  if (ref === 'int') {
    return (referenceMissing ?? hasMissing(columnValues(reference))) ||
      hasMissing(columnValues(current))
      ? 'float'
      : 'int'
  }
  return ref
}

/**
 * Evidently's column typing (new API `infer_column_type`): float → numerical; integer with at
 * most 10 distinct values (over ref ∪ cur) → categorical, more → numerical; string and bool →
 * categorical. (Evidently's "text" type for strings with > 50% distinct values is not modelled.)
 */
export function inferColumnType(dtype: ColumnDtype, distinct: number): ColumnType {
  if (dtype === 'float') return 'numerical'
  if (dtype === 'int') return distinct <= INTEGER_CARDINALITY_LIMIT ? 'categorical' : 'numerical'
  return 'categorical'
}
