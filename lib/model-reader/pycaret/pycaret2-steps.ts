import type { Columns, ModelNode, OpSpec } from '../model-node'
import { isNdArray, isPyObject, labels } from '../nd'
import type { PyObject, PyValue } from '../py-value'

/**
 * PyCaret 2's preprocessing steps (`pycaret.internal.preprocess`, the `prep_pipe` that
 * `save_model` puts before `trained_model` in a scikit-learn Pipeline), rebuilt from their
 * fitted state as PyCaret 2.3's source defines it. Steps a setup leaves disabled are
 * 'passthrough' (skipped by the Pipeline) or `Empty`.
 */

const MODULE = 'pycaret.internal.preprocess'

/** Names of a list, tuple, ndarray, pandas Index or Series of names; [] when absent. */
const names = (v: PyValue | undefined): string[] => labels(v ?? undefined).map(String)

const pick = (input: Columns, name: string, who: string): number => {
  const k = input.names.indexOf(name)
  if (k < 0)
    throw new Error(
      `${who} expects the column ${name}, which the input lacks (it has ${input.names.join(', ')}).`,
    )
  return k
}

/**
 * Python's str() of a number as pandas holds it: `3` for an int64 value, `2.5` for a float (the
 * reader's columns are float64, so a whole float such as 3.0 is read as the int 3 it came from).
 */
const pythonStr = (v: number) => String(v)

interface DtypesNode extends ModelNode {
  columns: string[]
  /** per column: 'float32' | 'float64' | 'int64' | 'object' (numpy dtype str '<f4', '|O'…) */
  dtypes: string[]
  drop: string[]
  /** the target's LabelEncoder classes_ when the target was a string (decoded labels) */
  labels: Array<string | number> | null
}

function dtypeName(v: PyValue | undefined, column: string, file: string): string {
  const str = isPyObject(v) ? v.state.str : v
  if (str === '<f4') return 'float32'
  if (str === '<f8') return 'float64'
  if (str === '<i8' || str === '<i4') return 'int64'
  if (typeof str === 'string' && /^\|O\d*$/.test(str)) return 'object'
  throw new Error(
    `${file}: PyCaret 2's DataTypes_Auto_infer learned the type ${String(str)} for column ${column}, which the model reader does not support (numbers and categories only).`,
  )
}

/**
 * DataTypes_Auto_infer: keeps `final_training_columns` (the training columns without the
 * target, in that order), casts each to its `learned_dtypes` (float32 rounds the number; a
 * category becomes Python's str of it, as the imputer after it leaves it), drops `id_columns`.
 */
export const pycaret2DtypesOp: OpSpec = {
  op: 'pycaret2-dtypes',
  classNames: [`${MODULE}.DataTypes_Auto_infer`],
  role: 'transformer',
  build(obj, ctx): DtypesNode {
    const columns = names(obj.state.final_training_columns)
    const learned = obj.state.learned_dtypes
    if (columns.length === 0 || !isNdArray(learned) || !learned.index)
      throw new Error(
        `${ctx.file}: PyCaret 2's DataTypes_Auto_infer holds no final_training_columns or learned_dtypes.`,
      )
    const index = names(learned.index)
    const values = learned.data as ArrayLike<PyValue>
    const dtypes = columns.map((c) => dtypeName(values[index.indexOf(c)], c, ctx.file))
    const le = obj.state.le
    if (isPyObject(le)) ctx.decodedLabels?.(labels(le.state.classes_))
    return {
      op: 'pycaret2-dtypes',
      className: obj.className,
      columns,
      dtypes,
      drop: names(obj.state.id_columns),
      labels: isPyObject(le) ? labels(le.state.classes_) : null,
    }
  },
  apply(node, input): Columns {
    const n = node as DtypesNode
    const who = 'DataTypes_Auto_infer'
    const kept = n.columns.map((c, j) => ({ c, j })).filter(({ c }) => !n.drop.includes(c))
    const cols = kept.map(({ c, j }) => {
      const col = input.cols[pick(input, c, who)]!
      if (n.dtypes[j] === 'object') {
        return Array.from(col as ArrayLike<number | string | null>, (v) =>
          v === null || (typeof v === 'number' && Number.isNaN(v))
            ? null
            : typeof v === 'number'
              ? pythonStr(v)
              : v,
        )
      }
      const out = Float64Array.from(col as ArrayLike<number | string | null>, (v) =>
        v === null || v === '' ? NaN : Number(v),
      )
      const bad = Array.from(col as ArrayLike<unknown>).findIndex(
        (v, i) => typeof v === 'string' && v !== '' && Number.isNaN(out[i]!),
      )
      if (bad >= 0)
        throw new Error(
          `${who} needs numbers but column ${c} holds ${JSON.stringify((col as unknown[])[bad])}.`,
        )
      return n.dtypes[j] === 'float32' ? out.map(Math.fround) : out
    })
    return { names: kept.map(({ c }) => c), cols, rows: input.rows }
  },
}

/** The raw input features of a PyCaret 2 pipeline whose first step is DataTypes_Auto_infer. */
export function pycaret2Features(first: PyObject): string[] | null {
  if (first.className !== `${MODULE}.DataTypes_Auto_infer`) return null
  const columns = names(first.state.final_training_columns)
  return columns.length > 0 ? columns : null
}

interface ImputerNode2 extends ModelNode {
  numeric: string[]
  categorical: string[]
  numericImputer: ModelNode | null
  categoricalImputer: ModelNode | null
}

/**
 * Simple_Imputer: scikit-learn's SimpleImputer `numeric_imputer` on `numeric_columns` and
 * `categorical_imputer` on `categorical_columns` (then str of each value), other columns as they
 * are, in the input's order; numbers stay float32, as PyCaret 2 writes them back into its
 * float32 columns. Date columns (`time_columns`) are not supported.
 */
export const pycaret2ImputerOp: OpSpec = {
  op: 'pycaret2-simple-imputer',
  classNames: [`${MODULE}.Simple_Imputer`],
  role: 'transformer',
  build(obj, ctx): ImputerNode2 {
    const numeric = names(obj.state.numeric_columns)
    const categorical = names(obj.state.categorical_columns)
    if (names(obj.state.time_columns).length > 0)
      throw new Error(
        `${ctx.file}: PyCaret 2's Simple_Imputer imputes date columns (${names(obj.state.time_columns).join(', ')}), which the model reader does not support.`,
      )
    const inner = (v: PyValue | undefined, list: string[]) =>
      list.length > 0 && isPyObject(v) ? ctx.build(v) : null
    return {
      op: 'pycaret2-simple-imputer',
      className: obj.className,
      numeric,
      categorical,
      numericImputer: inner(obj.state.numeric_imputer, numeric),
      categoricalImputer: inner(obj.state.categorical_imputer, categorical),
    }
  },
  apply(node, input, apply): Columns {
    const n = node as ImputerNode2
    const cols = [...input.cols]
    const run = (imputer: ModelNode | null, list: string[], asText: boolean) => {
      if (!imputer || list.length === 0) return
      const at = list.map((c) => pick(input, c, 'Simple_Imputer'))
      const out = apply(imputer, {
        names: list,
        cols: at.map((k) => input.cols[k]!),
        rows: input.rows,
      })
      at.forEach((k, j) => {
        const col = out.cols[j]!
        cols[k] = asText
          ? Array.from(col as ArrayLike<number | string | null>, (v) =>
              v === null ? 'None' : typeof v === 'number' ? pythonStr(v) : v,
            )
          : // PyCaret 2's numbers are float32 (DataTypes_Auto_infer): the imputed values too
            (col as Float64Array).map(Math.fround)
      })
    }
    run(n.numericImputer, n.numeric, false)
    run(n.categoricalImputer, n.categorical, true)
    return { ...input, cols }
  },
}

interface LevelsNode extends ModelNode {
  /** per categorical column: its training levels, the replacement for a new one first */
  levels: Record<string, string[]>
  raise: boolean
}

/**
 * New_Catagorical_Levels_in_TestData: a category its training data never had (`ph_train_level`,
 * one row of level lists) becomes that column's first level (the most or least frequent, by its
 * `replacement_strategy`), or is refused under 'raise exception'.
 */
export const pycaret2NewLevelsOp: OpSpec = {
  op: 'pycaret2-new-levels',
  classNames: [`${MODULE}.New_Catagorical_Levels_in_TestData`],
  role: 'transformer',
  build(obj, ctx): LevelsNode {
    const frame = obj.state.ph_train_level as PyValue
    const levels: Record<string, string[]> = {}
    if (frame && typeof frame === 'object' && (frame as { kind?: string }).kind === 'dataframe') {
      const df = frame as Extract<PyValue, { kind: 'dataframe' }>
      df.columns.forEach((c, j) => {
        const cell = (df.data[j]?.data as ArrayLike<PyValue> | undefined)?.[0]
        levels[String(c)] = Array.isArray(cell) ? cell.map(String) : []
      })
    } else if (frame !== undefined && frame !== null) {
      throw new Error(`${ctx.file}: New_Catagorical_Levels_in_TestData holds no level table.`)
    }
    return {
      op: 'pycaret2-new-levels',
      className: obj.className,
      levels,
      raise: obj.state.replacement_strategy === 'raise exception',
    }
  },
  apply(node, input): Columns {
    const n = node as LevelsNode
    const cols = input.cols.map((col, k) => {
      const known = n.levels[input.names[k]!]
      if (!known || known.length === 0 || col instanceof Float64Array) return col
      return col.map((v) => {
        if (v === null || known.includes(v)) return v
        // the same number written as an int or a float ("1" for "1.0"): one level
        const same = known.find(
          (k) => k.trim() !== '' && v.trim() !== '' && Number(k) === Number(v),
        )
        if (same !== undefined) return same
        if (n.raise)
          throw new Error(
            `Column '${input.names[k]}' contains the level ${JSON.stringify(v)}, which was not present in train data.`,
          )
        return known[0]!
      })
    })
    return { ...input, cols }
  },
}

interface DummifyNode extends ModelNode {
  ohe: ModelNode | null
  columns: string[]
  target: string
}

/**
 * Dummify: when the input has category columns, its number columns first (in order), then the
 * OneHotEncoder `ohe`'s columns of the category columns, named `data_columns`.
 */
export const pycaret2DummifyOp: OpSpec = {
  op: 'pycaret2-dummify',
  classNames: [`${MODULE}.Dummify`],
  role: 'transformer',
  build(obj, ctx): DummifyNode {
    const columns = names(obj.state.data_columns)
    const ohe = obj.state.ohe
    return {
      op: 'pycaret2-dummify',
      className: obj.className,
      ohe: columns.length > 0 && isPyObject(ohe) ? ctx.build(ohe) : null,
      columns,
      target: String(obj.state.target ?? ''),
    }
  },
  apply(node, input, apply): Columns {
    const n = node as DummifyNode
    const text = input.cols.map((c) => !(c instanceof Float64Array))
    if (!n.ohe || !text.some(Boolean)) return input
    const keep = input.names.map((c, k) => ({ c, k })).filter(({ c }) => c !== n.target)
    const nums = keep.filter(({ k }) => !text[k])
    const cats = keep.filter(({ k }) => text[k])
    const out = apply(n.ohe, {
      names: cats.map(({ c }) => c),
      cols: cats.map(({ k }) => input.cols[k]!),
      rows: input.rows,
    })
    if (out.names.length !== n.columns.length)
      throw new Error(
        `Dummify's encoder made ${out.names.length} columns where its training made ${n.columns.length} (${n.columns.join(', ')}).`,
      )
    return {
      names: [...nums.map(({ c }) => c), ...n.columns],
      cols: [...nums.map(({ k }) => input.cols[k]!), ...out.cols],
      rows: input.rows,
    }
  },
}

/** Drops the fitted list of columns (`columns_to_drop` of Remove_100, `to_drop` of the others). */
export const pycaret2DropOp: OpSpec = {
  op: 'pycaret2-drop-columns',
  classNames: [
    `${MODULE}.Remove_100`,
    `${MODULE}.Fix_multicollinearity`,
    `${MODULE}.Zroe_NearZero_Variance`,
  ],
  role: 'transformer',
  build(obj) {
    const drop = [
      ...names(obj.state.columns_to_drop),
      ...names(obj.state.to_drop),
      ...names(obj.state.to_drop_taret_correlation),
    ]
    return { op: 'pycaret2-drop-columns', className: obj.className, drop }
  },
  apply(node, input): Columns {
    const drop = node.drop as string[]
    const keep = input.names.map((c, k) => ({ c, k })).filter(({ c }) => !drop.includes(c))
    return {
      names: keep.map(({ c }) => c),
      cols: keep.map(({ k }) => input.cols[k]!),
      rows: input.rows,
    }
  },
}

interface ScalingNode extends ModelNode {
  numeric: string[]
  scaler: ModelNode | null
}

/** The function_to_apply values rebuilt, with the scikit-learn scaler each fits. */
const SCALINGS: Record<string, string> = {
  zscore: 'StandardScaler',
  minmax: 'MinMaxScaler',
  robust: 'RobustScaler',
}

/** x − shift then ÷ scale (or × mul then + add), each result rounded to float32 as numpy's in-place ops on float32 columns. */
function float32Affine(node: ModelNode, x: number, j: number): number {
  const n = node as ModelNode & { sub?: number[]; div?: number[]; mul?: number[]; add?: number[] }
  if (n.sub && n.div) return Math.fround(Math.fround(x - n.sub[j]!) / n.div[j]!)
  return Math.fround(Math.fround(x * n.mul![j]!) + n.add![j]!)
}

/**
 * Scaling_and_Power_transformation (`setup(normalize=True)`): its scaler `scale_and_power` on
 * `numeric_features`, in float32 as PyCaret 2's columns are (zscore, minmax and robust; the
 * power and quantile transformations are not rebuilt).
 */
export const pycaret2ScalingOp: OpSpec = {
  op: 'pycaret2-scaling',
  classNames: [`${MODULE}.Scaling_and_Power_transformation`],
  role: 'transformer',
  build(obj, ctx): ScalingNode {
    const how = String(obj.state.function_to_apply ?? 'zscore')
    const numeric = names(obj.state.numeric_features)
    const scaler = obj.state.scale_and_power
    if (numeric.length > 0 && !SCALINGS[how])
      throw new Error(
        `${ctx.file}: PyCaret 2's Scaling_and_Power_transformation applies "${how}", which the model reader does not rebuild; supported: ${Object.keys(SCALINGS).join(', ')}.`,
      )
    return {
      op: 'pycaret2-scaling',
      className: obj.className,
      numeric,
      scaler: numeric.length > 0 && isPyObject(scaler) ? ctx.build(scaler) : null,
    }
  },
  apply(node, input): Columns {
    const n = node as ScalingNode
    if (!n.scaler) return input
    const cols = [...input.cols]
    n.numeric.forEach((c, j) => {
      const k = pick(input, c, 'Scaling_and_Power_transformation')
      const col = input.cols[k]!
      if (!(col instanceof Float64Array))
        throw new Error(
          `Scaling_and_Power_transformation needs numbers but column ${c} holds text.`,
        )
      cols[k] = col.map((x) => float32Affine(n.scaler!, x, j))
    })
    return { ...input, cols }
  },
}

/** Clean_Colum_Names: removes , } { ] [ : " ' from every column name. */
export const pycaret2CleanNamesOp: OpSpec = {
  op: 'pycaret2-clean-names',
  classNames: [`${MODULE}.Clean_Colum_Names`],
  role: 'transformer',
  build: (obj) => ({ op: 'pycaret2-clean-names', className: obj.className }),
  apply: (_node, input) => ({
    ...input,
    names: input.names.map((c) => c.replace(/[,}{\][:"']/g, '')),
  }),
}

/** Empty: a disabled step; the data passes. */
export const pycaret2EmptyOp: OpSpec = {
  op: 'pycaret2-empty',
  classNames: [`${MODULE}.Empty`],
  role: 'transformer',
  build: (obj: PyObject) => ({ op: 'pycaret2-empty', className: obj.className }),
  apply: (_node, input) => input,
}

export const PYCARET2_OPS: OpSpec[] = [
  pycaret2DtypesOp,
  pycaret2ImputerOp,
  pycaret2NewLevelsOp,
  pycaret2DummifyOp,
  pycaret2ScalingOp,
  pycaret2DropOp,
  pycaret2CleanNamesOp,
  pycaret2EmptyOp,
]
