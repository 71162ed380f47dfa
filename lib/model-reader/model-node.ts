import type { PyObject } from './py-value'

/**
 * A fitted model rebuilt from a pickle, as plain JSON-serialisable data: the build ships it in the
 * site's model file and the browser scores it with the same `applyNode` the CLI uses.
 */

/** Column-major table flowing between steps: numbers (NaN = missing) or category strings. */
export interface Columns {
  names: string[]
  cols: Array<Float64Array | (string | null)[]>
  rows: number
}

/** One rebuilt step; `op` picks its implementation in the op registry (lib/model-reader/ops.ts). */
export interface ModelNode {
  op: string
  /** the Python class it was rebuilt from, e.g. `sklearn.preprocessing._data.StandardScaler` */
  className: string
  [state: string]: unknown
}

export interface BuildContext {
  /** the pickle file, for messages */
  file: string
  /** rebuild a nested estimator or transformer (pipeline steps, ensemble members) */
  build(obj: PyObject): ModelNode
  /**
   * a step that encoded the target (PyCaret's LabelEncoder) tells its `classes_`: the final
   * classifier's classes 0…n−1 are then reported as these labels
   */
  decodedLabels?(labels: Array<number | string>): void
}

/**
 * How one family of Python classes is rebuilt and applied. Transformers return new Columns;
 * classifiers return one probability column per class (names = String(class)); regressors one
 * column named `prediction`.
 */
export interface OpSpec {
  op: string
  classNames: string[]
  role: 'transformer' | 'classifier' | 'regressor' | 'pipeline'
  build(obj: PyObject, ctx: BuildContext): ModelNode
  apply(
    node: ModelNode,
    input: Columns,
    apply: (node: ModelNode, input: Columns) => Columns,
  ): Columns
}

/** What a model file became: a scorable model, or one sentence naming the file and the class. */
export interface PortableModel {
  format: 'portable-model/1'
  kind: 'classifier' | 'regressor'
  /** Python class names from outermost to the final estimator, e.g. ['Pipeline', 'StandardScaler', 'LogisticRegression'] */
  steps: string[]
  /** classes_ of the final classifier (numbers or strings), null for regressors */
  classes: Array<number | string> | null
  /** input feature names (feature_names_in_ or signature); null when the model only knows positions */
  features: string[] | null
  /** number of input columns */
  inputCount: number
  root: ModelNode
}
