/**
 * The values a whitelisted unpickler rebuilds from a `model.pkl` (lib/model-reader/pickle).
 * Nothing in a pickle is executed: each global the stream names is looked up in a whitelist and
 * turned into one of these plain, typed values; any other global refuses the whole file.
 */

/** A numpy array: dtype as numpy spells it (`<f8`, `<i8`, `|u1`, `|O`, or a structured dtype). */
export interface NdArray {
  kind: 'ndarray'
  /** numpy's `dtype.str` for plain dtypes (`<f8`, `<i4`, `|b1`, `|O`, `<U5`); 'structured' otherwise */
  dtype: string
  shape: number[]
  /**
   * Row-major (C order) values, whatever the pickle's order: Float64Array for floats, ints and bools
   * (ints beyond 2^53 are an error), string[] for unicode/bytes, PyValue[] for object arrays, and for
   * a structured dtype one record per element keyed by field name.
   */
  data: Float64Array | string[] | PyValue[] | Record<string, number>[]
  /** field names, in order, of a structured dtype (e.g. scikit-learn's tree `nodes`) */
  fields?: string[]
  /** for the values of a pandas Series: its index's values */
  index?: NdArray
}

/**
 * A pandas DataFrame's data only (`className` 'pandas.core.frame.DataFrame'): column names, the
 * index's values and one ndarray per column.
 */
export interface PyDataFrame {
  kind: 'dataframe'
  columns: PyValue[]
  index: NdArray
  data: NdArray[]
}

/** A Python object of a whitelisted class, with the state `__setstate__` would have received. */
export interface PyObject {
  kind: 'object'
  /** fully qualified class name, e.g. `sklearn.linear_model._logistic.LogisticRegression` */
  className: string
  /** the instance `__dict__` (from BUILD / `__reduce__` state); arguments of NEWOBJ in `args` */
  state: Record<string, PyValue>
  args?: PyValue[]
}

export interface PyTuple {
  kind: 'tuple'
  items: PyValue[]
}

/** A dict with non-string keys, or an OrderedDict; string-keyed dicts are plain records. */
export interface PyDict {
  kind: 'dict'
  entries: [PyValue, PyValue][]
}

export type PyValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | NdArray
  | PyObject
  | PyTuple
  | PyDict
  | PyDataFrame
  | PyValue[]
  | { [key: string]: PyValue }
