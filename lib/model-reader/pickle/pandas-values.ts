import type { NdArray, PyDataFrame, PyValue } from '../py-value'
import { Raw } from './raw'

/** Rebuilds a whitelisted value of the pickle (the unpickler's own conversion). */
type Convert = (v: unknown) => PyValue

/** A key of a parsed dict (Map) or record. */
export const get = (m: unknown, k: string): unknown =>
  m instanceof Map
    ? m.get(k)
    : m && typeof m === 'object'
      ? (m as Record<string, unknown>)[k]
      : undefined

/**
 * pandas' `_new_Index(cls, d)`: only the values are rebuilt, as an ndarray (`d['data']`, or
 * start/stop/step of a RangeIndex); nothing of pandas runs.
 */
export function pandasIndexData(d: unknown, file: string, convert: Convert): NdArray {
  const data = get(d, 'data')
  if (data !== undefined) {
    const v = convert(data)
    if (v && typeof v === 'object' && (v as NdArray).kind === 'ndarray') return v as NdArray
    if (Array.isArray(v)) return { kind: 'ndarray', dtype: '|O', shape: [v.length], data: v }
  }
  const start = get(d, 'start')
  const stop = get(d, 'stop')
  if (stop !== undefined) {
    const a = Number(start ?? 0)
    const b = Number(stop)
    const step = Number(get(d, 'step') ?? 1)
    const vals: number[] = []
    for (let i = a; step > 0 ? i < b : i > b; i += step) vals.push(i)
    return { kind: 'ndarray', dtype: '<i8', shape: [vals.length], data: Float64Array.from(vals) }
  }
  throw new Error(`${file} holds a pandas Index whose values the model reader cannot find.`)
}

/**
 * A pandas Series: its values are the first block of its SingleBlockManager's state
 * (`{'0.14.1': {'axes': [...], 'blocks': [{'values': ndarray, 'mgr_locs': ...}]}}`), as an ndarray.
 */
export function seriesValues(r: Raw, file: string, convert: Convert): NdArray {
  const mgr = get(r.state, '_mgr')
  const st = mgr instanceof Raw ? mgr.state : undefined
  const extra = Array.isArray(st) ? st[3] : undefined
  const blocks = get(get(extra, '0.14.1'), 'blocks')
  const values = Array.isArray(blocks) ? get(blocks[0], 'values') : undefined
  const v = values === undefined ? undefined : convert(values)
  if (!v || typeof v !== 'object' || (v as NdArray).kind !== 'ndarray')
    throw new Error(`${file} holds a pandas Series whose values the model reader cannot find.`)
  const axes = get(get(extra, '0.14.1'), 'axes')
  const index = Array.isArray(axes) && axes[0] !== undefined ? convert(axes[0]) : null
  const arr = v as NdArray
  return index && (index as NdArray).kind === 'ndarray' ? { ...arr, index: index as NdArray } : arr
}

/**
 * A pandas DataFrame: BlockManager(blocks, [columns, index]) whose blocks are
 * `_unpickle_block(values, mgr_locs, ndim)` (values one row per column of the block), or the
 * older state form; rebuilt as names, index and one ndarray per column.
 */
export function dataFrameValues(r: Raw, file: string, convert: Convert): PyDataFrame {
  const fail = () =>
    new Error(`${file} holds a pandas DataFrame whose values the model reader cannot find.`)
  const mgr = get(r.state, '_mgr')
  if (!(mgr instanceof Raw)) throw fail()
  let blocks: { values: unknown; locs: unknown }[]
  let axes: unknown[]
  if (mgr.args.length >= 2) {
    blocks = (mgr.args[0] as unknown[]).map((b) => ({
      values: b instanceof Raw ? b.args[0] : undefined,
      locs: b instanceof Raw ? b.args[1] : undefined,
    }))
    axes = mgr.args[1] as unknown[]
  } else {
    const extra = get(Array.isArray(mgr.state) ? mgr.state[3] : undefined, '0.14.1')
    blocks = ((get(extra, 'blocks') as unknown[]) ?? []).map((b) => ({
      values: get(b, 'values'),
      locs: get(b, 'mgr_locs'),
    }))
    axes = (get(extra, 'axes') as unknown[]) ?? []
  }
  const columns = convert(axes[0]) as NdArray
  const index = convert(axes[1]) as NdArray
  if (columns?.kind !== 'ndarray' || index?.kind !== 'ndarray') throw fail()
  const n = index.shape[0] ?? 0
  const data: NdArray[] = new Array<NdArray>(columns.shape[0] ?? 0)
  for (const b of blocks) {
    const values = convert(b.values as PyValue) as NdArray
    if (values?.kind !== 'ndarray') throw fail()
    const locs = convert(b.locs as PyValue)
    let at: number[]
    if (locs && typeof locs === 'object' && (locs as { kind?: string }).kind === 'tuple') {
      const [start, stop, step] = (locs as { items: PyValue[] }).items
      at = []
      for (let i = Number(start ?? 0); i < Number(stop); i += Number(step ?? 1)) at.push(i)
    } else if (locs && typeof locs === 'object' && (locs as NdArray).kind === 'ndarray') {
      at = Array.from((locs as NdArray).data as ArrayLike<number>, Number)
    } else throw fail()
    at.forEach((c, j) => {
      const slice =
        values.data instanceof Float64Array
          ? values.data.slice(j * n, (j + 1) * n)
          : (values.data as PyValue[]).slice(j * n, (j + 1) * n)
      data[c] = { kind: 'ndarray', dtype: values.dtype, shape: [n], data: slice as NdArray['data'] }
    })
  }
  return { kind: 'dataframe', columns: Array.from(columns.data as ArrayLike<PyValue>), index, data }
}
