import { Parser } from 'pickleparser'
import type { NdArray, PyDataFrame, PyObject, PyValue } from '../py-value'
import { decompressPickle } from './decompress'

/** A pickle named a global outside the whitelist; nothing was built or run. */
export class PickleRefusedError extends Error {
  constructor(
    readonly file: string,
    readonly global: string,
  ) {
    super(
      `${file} was refused: it names the global ${global}, which a model file has no reason to use.`,
    )
    this.name = 'PickleRefusedError'
  }
}

/** Raw objects the parser builds for whitelisted globals, converted to PyValue afterwards. */
class Raw {
  state: unknown = undefined
  /** items APPENDed to an instance of a list subclass */
  items: unknown[] = []
  constructor(
    readonly tag: string,
    readonly args: unknown[],
  ) {}
  __setstate__(state: unknown): void {
    this.state = state
  }
  push(...xs: unknown[]): number {
    return this.items.push(...xs)
  }
}

type Reader = Parameters<Parser['read']>[0]

/** A parser that knows which reader it is on, so joblib's raw array bytes can be taken from it. */
class StreamParser extends Parser {
  reader: Reader | null = null
  override read<T>(reader: Reader): T {
    const outer = this.reader
    this.reader = reader
    try {
      return super.read<T>(reader)
    } finally {
      this.reader = outer
    }
  }
}

/**
 * joblib's NumpyArrayWrapper: joblib's own unpickler, on BUILD of this object, reads the array
 * right from the stream (a padding-length byte and padding in joblib >= 1.2, then the raw bytes in
 * the wrapper's order; object arrays as a nested protocol-2 pickle). This does the same, as data.
 */
class JoblibArray extends Raw {
  bytes: Uint8Array | null = null
  nested: unknown = undefined
  constructor(
    private readonly parser: StreamParser,
    private readonly file: string,
  ) {
    super('joblibwrapper', [])
  }
  override __setstate__(state: unknown): void {
    this.state = state
    const reader = this.parser.reader
    const st = state instanceof Map ? state : new Map(Object.entries(state as object))
    const dtype = st.get('dtype')
    if (!reader || !(dtype instanceof Raw))
      throw new Error(`${this.file} holds a joblib NumpyArrayWrapper without a numpy dtype.`)
    const info = dtypeInfo(dtype, this.file)
    if (info.str.startsWith('|O')) {
      this.nested = this.parser.read(reader)
      return
    }
    const align = st.get('numpy_array_alignment_bytes')
    if (align !== undefined && align !== null) reader.skip(reader.byte())
    const shape = ((st.get('shape') as unknown[]) ?? []).map(Number)
    const count = shape.reduce((a, b) => a * b, 1)
    this.bytes = Uint8Array.from(reader.bytes(count * info.itemsize))
  }
}

const NUMPY_MODULES = [
  'numpy.core.multiarray',
  'numpy._core.multiarray',
  'numpy',
  'numpy.core.numeric',
  'numpy._core.numeric',
]

/** numpy's random generator of a fitted estimator (e.g. GradientBoosting's _rng): inert state */
const RANDOM_STATE_GLOBALS = [
  'numpy.random._pickle.__randomstate_ctor',
  'numpy.random._pickle.__bit_generator_ctor',
  'numpy.random.mtrand.RandomState',
]

const NUMPY_TYPES = [
  'float64',
  'float32',
  'float16',
  'int64',
  'int32',
  'int16',
  'int8',
  'uint64',
  'uint32',
  'uint16',
  'uint8',
  'bool_',
  'object_',
  'str_',
  'bytes_',
]

const PYCARET_PIPELINE_HELPERS = [
  'joblib.memory.NotMemorizedFunc',
  'pycaret.internal.pipeline._fit_one',
  'pycaret.internal.pipeline._transform_one',
  'pycaret.internal.pipeline._full_transform',
  'pycaret.internal.pipeline._noop_transform',
]

function isAllowed(module: string, name: string): string | null {
  const full = `${module}.${name}`
  if (NUMPY_MODULES.includes(module)) {
    if (name === '_reconstruct') return 'reconstruct'
    if (name === 'scalar') return 'scalar'
    if (name === 'ndarray') return 'ndarray'
    if (name === 'dtype') return 'dtype'
    if (name === '_frombuffer') return 'frombuffer'
  }
  // scalar types named as a parameter (OneHotEncoder(dtype=np.float64)): an inert reference
  if (module === 'numpy' && NUMPY_TYPES.includes(name)) return 'object'
  if (full === 'numpy.dtype') return 'dtype'
  if (full === 'numpy.ndarray') return 'ndarray'
  if (full === 'joblib.numpy_pickle.NumpyArrayWrapper') return 'joblibwrapper'
  if (full === 'copyreg._reconstructor' || full === 'copy_reg._reconstructor')
    return 'reconstructor'
  if (full === '_codecs.encode') return 'encode'
  if (module === 'builtins' || module === '__builtin__') {
    if (['object', 'set', 'frozenset', 'slice'].includes(name)) return name
  }
  if (full === 'collections.OrderedDict') return 'ordereddict'
  if (full === 'pandas.core.indexes.base._new_Index') return 'newindex'
  if (
    /^pandas\.core\.indexes\.[a-z_.]+$/.test(module) &&
    /^[A-Z]\w*$/.test(name) &&
    name.endsWith('Index')
  )
    return 'object'
  if (full === 'pandas.core.series.Series') return 'series'
  // a DataFrame (category_encoders' one-hot tables, PyCaret 2 state): only its values are rebuilt
  if (full === 'pandas.core.frame.DataFrame' || full === 'pandas._libs.internals._unpickle_block')
    return 'object'
  if (/^pandas\.core\.internals\.managers\.(Single)?BlockManager$/.test(full)) return 'object'
  if (
    /^(sklearn|pycaret|imblearn|category_encoders)(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(module) &&
    /^_?[A-Z][A-Za-z0-9_]*$/.test(name)
  )
    return 'object'
  if (RANDOM_STATE_GLOBALS.includes(full)) return 'object'
  // PyCaret 3's Pipeline keeps joblib.Memory-cached helpers: references, never called
  if (PYCARET_PIPELINE_HELPERS.includes(full)) return 'object'
  return null
}

/**
 * Parse a pickle stream (zlib/gzip-compressed joblib files inflated first) into plain values,
 * rebuilding only whitelisted globals (numpy arrays, scalars and dtypes, joblib's array wrapper, a
 * few builtins, the values of pandas indexes and series, scikit-learn, PyCaret, imblearn and
 * category_encoders objects as class name + state). Any other global throws PickleRefusedError
 * before anything is reduced.
 */
export function unpickle(input: Uint8Array, file: string): PyValue {
  const bytes = decompressPickle(input, file)
  // First pass: only collect the globals the stream names, so a refused one stops everything before
  // any object is built.
  for (const g of namedGlobals(bytes)) {
    const [module, name] = g
    if (!isAllowed(module, name)) throw new PickleRefusedError(file, `${module}.${name}`)
  }
  const parser: StreamParser = new StreamParser({
    unpicklingTypeOfDictionary: 'Map',
    unpicklingTypeOfSet: 'array',
    nameResolver: {
      resolve(module: string, name: string) {
        const tag = isAllowed(module, name)
        if (!tag) throw new PickleRefusedError(file, `${module}.${name}`)
        const full = `${module}.${name}`
        // Works both as `new f(...)` (NEWOBJ) and `f(...)` (REDUCE).
        const f = function (...args: unknown[]) {
          if (tag === 'joblibwrapper') return new JoblibArray(parser, file)
          if (tag === 'encode') return latin1(args[0] as string)
          if (tag === 'reconstructor') {
            const cls = args[0] as unknown as { fullName?: string }
            return new Raw(`object:${cls.fullName ?? 'object'}`, [])
          }
          if (tag === 'ordereddict') return new Map()
          if (tag === 'set' || tag === 'frozenset') return [...((args[0] as unknown[]) ?? [])]
          if (tag === 'object' && full !== 'builtins.object') return new Raw(`object:${full}`, args)
          return new Raw(tag, args)
        } as unknown as { fullName: string }
        f.fullName = full
        return f as unknown as () => unknown
      },
    },
  })
  let raw: unknown
  try {
    raw = parser.parse(bytes)
  } catch (e) {
    if (e instanceof PickleRefusedError) throw e
    throw new Error(`${file} is not a readable pickle: ${(e as Error).message}`)
  }
  return convert(raw, file, new Map())
}

function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff
  return out
}

/** Globals named by GLOBAL/INST and STACK_GLOBAL (tracking the strings pushed just before it). */
function namedGlobals(bytes: Uint8Array): [string, string][] {
  const found: [string, string][] = []
  const collect: StreamParser = new StreamParser({
    unpicklingTypeOfDictionary: 'Map',
    nameResolver: {
      resolve(module: string, name: string) {
        found.push([module, name])
        // joblib's arrays sit inside the stream: skip them here too, so every later global is seen
        if (`${module}.${name}` === 'joblib.numpy_pickle.NumpyArrayWrapper')
          return function () {
            return new JoblibArray(collect, 'collect')
          }
        return function (...args: unknown[]) {
          return new Raw(`${module}.${name}`, args)
        }
      },
    },
  })
  try {
    collect.parse(bytes)
  } catch {
    // a malformed stream is reported by the real pass
  }
  return found
}

interface DtypeInfo {
  str: string
  fields?: { name: string; dtype: DtypeInfo; offset: number }[]
  itemsize: number
}

function dtypeInfo(raw: Raw, file: string): DtypeInfo {
  const spec = String(raw.args[0])
  const st = raw.state as unknown[] | undefined
  const order = st && typeof st[1] === 'string' ? (st[1] as string) : '|'
  const names = st?.[3] as string[] | null | undefined
  const fieldsMap = st?.[4] as Map<string, unknown[]> | null | undefined
  if (names && fieldsMap) {
    const fields = names.map((n) => {
      const entry = fieldsMap.get(n) as unknown[]
      return { name: n, dtype: dtypeInfo(entry[0] as Raw, file), offset: Number(entry[1]) }
    })
    return { str: 'structured', fields, itemsize: Number(st?.[5]) }
  }
  const m = /^([a-zA-Z])(\d*)$/.exec(spec)
  if (!m) throw new Error(`${file} holds a numpy dtype ${spec} the reader does not know.`)
  const kind = m[1]
  let size = m[2] ? Number(m[2]) : 1
  if (kind === 'U') size *= 4
  const o =
    order === '=' ? '<' : kind === 'b' || kind === 'O' || kind === 'S' || size === 1 ? '|' : order
  return { str: `${o}${kind}${m[2] ? (kind === 'U' ? m[2] : m[2]) : ''}`, itemsize: size }
}

function readScalar(view: DataView, off: number, dt: DtypeInfo, file: string): number {
  const le = !dt.str.startsWith('>')
  const kind = dt.str.replace(/^[<>|=]/, '')[0]
  const size = dt.itemsize
  if (kind === 'f') {
    if (size === 8) return view.getFloat64(off, le)
    if (size === 4) return view.getFloat32(off, le)
  }
  if (kind === 'i') {
    if (size === 8) return safe(view.getBigInt64(off, le), file)
    if (size === 4) return view.getInt32(off, le)
    if (size === 2) return view.getInt16(off, le)
    if (size === 1) return view.getInt8(off)
  }
  if (kind === 'u') {
    if (size === 8) return safe(view.getBigUint64(off, le), file)
    if (size === 4) return view.getUint32(off, le)
    if (size === 2) return view.getUint16(off, le)
    if (size === 1) return view.getUint8(off)
  }
  if (kind === 'b') return view.getUint8(off) ? 1 : 0
  throw new Error(
    `${file} holds a numpy array of dtype ${dt.str}, which the reader does not decode.`,
  )
}

function safe(v: bigint, file: string): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER))
    throw new Error(`${file} holds an integer ${v} beyond 2^53 in a numpy array.`)
  return Number(v)
}

function decodeArray(
  shape: number[],
  dt: DtypeInfo,
  fortran: boolean,
  data: unknown,
  file: string,
): NdArray {
  const n = shape.reduce((a, b) => a * b, 1)
  if (dt.str === '|O' || Array.isArray(data)) {
    const items = (data as unknown[]).map((v) => convert(v, file, new Map()))
    return { kind: 'ndarray', dtype: '|O', shape, data: reorder(items, shape, fortran) }
  }
  const bytes = data as Uint8Array
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (dt.fields) {
    const recs: Record<string, number>[] = []
    for (let i = 0; i < n; i++) {
      const r: Record<string, number> = {}
      for (const f of dt.fields)
        r[f.name] = readScalar(view, i * dt.itemsize + f.offset, f.dtype, file)
      recs.push(r)
    }
    return {
      kind: 'ndarray',
      dtype: 'structured',
      shape,
      data: reorder(recs, shape, fortran),
      fields: dt.fields.map((f) => f.name),
    }
  }
  const kind = dt.str.replace(/^[<>|=]/, '')[0]
  if (kind === 'U' || kind === 'S') {
    const out: string[] = []
    const le = !dt.str.startsWith('>')
    for (let i = 0; i < n; i++) {
      let s = ''
      if (kind === 'U') {
        for (let k = 0; k < dt.itemsize; k += 4) {
          const c = view.getUint32(i * dt.itemsize + k, le)
          if (c === 0) break
          s += String.fromCodePoint(c)
        }
      } else {
        for (let k = 0; k < dt.itemsize; k++) {
          const c = view.getUint8(i * dt.itemsize + k)
          if (c === 0) break
          s += String.fromCharCode(c)
        }
      }
      out.push(s)
    }
    return { kind: 'ndarray', dtype: dt.str, shape, data: reorder(out, shape, fortran) }
  }
  if (bytes.byteLength < n * dt.itemsize)
    throw new Error(
      `${file} holds a numpy array of shape [${shape.join(', ')}] with only ${bytes.byteLength} bytes of data.`,
    )
  const vals = new Float64Array(n)
  for (let i = 0; i < n; i++) vals[i] = readScalar(view, i * dt.itemsize, dt, file)
  return { kind: 'ndarray', dtype: dt.str, shape, data: fortran ? reorderF(vals, shape) : vals }
}

/** Fortran-order flat index → C-order values. */
function cIndexOrder(shape: number[]): number[] {
  const n = shape.reduce((a, b) => a * b, 1)
  const idx: number[] = new Array<number>(n)
  const d = shape.length
  const cnt = new Array<number>(d).fill(0)
  for (let c = 0; c < n; c++) {
    let f = 0
    let stride = 1
    for (let k = 0; k < d; k++) {
      f += cnt[k]! * stride
      stride *= shape[k]!
    }
    idx[c] = f
    for (let k = d - 1; k >= 0; k--) {
      if (++cnt[k]! < shape[k]!) break
      cnt[k] = 0
    }
  }
  return idx
}

function reorder<T>(vals: T[], shape: number[], fortran: boolean): T[] {
  if (!fortran || shape.length < 2) return vals
  return cIndexOrder(shape).map((f) => vals[f]!)
}

function reorderF(vals: Float64Array, shape: number[]): Float64Array {
  if (shape.length < 2) return vals
  return Float64Array.from(cIndexOrder(shape), (f) => vals[f]!)
}

function convert(v: unknown, file: string, seen: Map<unknown, PyValue>): PyValue {
  if (v === null || v === undefined) return null
  if (
    typeof v === 'number' ||
    typeof v === 'string' ||
    typeof v === 'boolean' ||
    typeof v === 'bigint'
  )
    return v
  if (v instanceof Uint8Array) return v
  if (seen.has(v)) return seen.get(v) as PyValue
  if (Array.isArray(v)) {
    const out: PyValue[] = []
    seen.set(v, out)
    for (const x of v) out.push(convert(x, file, seen))
    return out
  }
  if (v instanceof Map) {
    if ([...v.keys()].every((k) => typeof k === 'string')) {
      const rec: Record<string, PyValue> = {}
      seen.set(v, rec)
      for (const [k, x] of v) rec[k as string] = convert(x, file, seen)
      return rec
    }
    const d = { kind: 'dict' as const, entries: [] as [PyValue, PyValue][] }
    seen.set(v, d)
    for (const [k, x] of v) d.entries.push([convert(k, file, seen), convert(x, file, seen)])
    return d
  }
  if (v instanceof Raw) return convertRaw(v, file, seen)
  if (typeof v === 'function') {
    const name = (v as unknown as { fullName?: string }).fullName ?? 'function'
    return { kind: 'object', className: name, state: {} }
  }
  const rec: Record<string, PyValue> = {}
  for (const [k, x] of Object.entries(v as object)) rec[k] = convert(x, file, seen)
  return rec
}

function convertRaw(r: Raw, file: string, seen: Map<unknown, PyValue>): PyValue {
  if (r.tag === 'reconstruct' || r.tag === 'ndarray') {
    const st = r.state as unknown[]
    if (!st) return { kind: 'ndarray', dtype: '<f8', shape: [0], data: new Float64Array(0) }
    const [, shape, dtype, fortran, data] = st
    const arr = decodeArray(
      (shape as unknown[]).map(Number),
      dtypeInfo(dtype as Raw, file),
      Boolean(fortran),
      data,
      file,
    )
    seen.set(r, arr)
    return arr
  }
  if (r.tag === 'frombuffer') {
    const [buf, dtype, shape, order] = r.args
    const arr = decodeArray(
      (shape as unknown[]).map(Number),
      dtypeInfo(dtype as Raw, file),
      order === 'F',
      buf,
      file,
    )
    seen.set(r, arr)
    return arr
  }
  if (r.tag === 'scalar') {
    const dt = dtypeInfo(r.args[0] as Raw, file)
    const data = r.args[1]
    const a = decodeArray([1], dt, false, typeof data === 'string' ? latin1(data) : data, file)
    return (a.data as ArrayLike<PyValue>)[0] ?? null
  }
  if (r.tag === 'dtype')
    return { kind: 'object', className: 'numpy.dtype', state: { str: dtypeInfo(r, file).str } }
  if (r.tag === 'newindex') {
    const arr = pandasIndexData(r.args[1], file, seen)
    seen.set(r, arr)
    return arr
  }
  if (r.tag === 'object:pandas.core.frame.DataFrame') {
    const df = dataFrameValues(r, file, seen)
    seen.set(r, df)
    return df
  }
  if (r.tag === 'series' || r.tag === 'object:pandas.core.series.Series') {
    const arr = seriesValues(r, file, seen)
    seen.set(r, arr)
    return arr
  }
  if (r.tag === 'slice') return { kind: 'tuple', items: r.args.map((a) => convert(a, file, seen)) }
  if (r instanceof JoblibArray) {
    if (r.nested !== undefined) return convert(r.nested, file, seen)
    const st = r.state as Map<string, unknown>
    const arr = decodeArray(
      ((st.get('shape') as unknown[]) ?? []).map(Number),
      dtypeInfo(st.get('dtype') as Raw, file),
      st.get('order') === 'F',
      r.bytes,
      file,
    )
    seen.set(r, arr)
    return arr
  }
  const className = r.tag.startsWith('object:') ? r.tag.slice(7) : r.tag
  const obj: PyObject = { kind: 'object', className, state: {} }
  seen.set(r, obj)
  if (r.args.length) obj.args = r.args.map((a) => convert(a, file, seen))
  if (r.items.length) obj.state.__items__ = r.items.map((x) => convert(x, file, seen))
  const st = r.state
  if (st instanceof Map) {
    for (const [k, x] of st) obj.state[String(k)] = convert(x, file, seen)
  } else if (Array.isArray(st) && st.length === 2 && st[1] instanceof Map) {
    for (const [k, x] of st[1] as Map<unknown, unknown>)
      obj.state[String(k)] = convert(x, file, seen)
  } else if (st !== undefined && st !== null) {
    obj.state.__state__ = convert(st, file, seen)
  }
  return obj
}

const get = (m: unknown, k: string): unknown =>
  m instanceof Map
    ? m.get(k)
    : m && typeof m === 'object'
      ? (m as Record<string, unknown>)[k]
      : undefined

/**
 * pandas' `_new_Index(cls, d)`: only the values are rebuilt, as an ndarray (`d['data']`, or
 * start/stop/step of a RangeIndex); nothing of pandas runs.
 */
function pandasIndexData(d: unknown, file: string, seen: Map<unknown, PyValue>): NdArray {
  const data = get(d, 'data')
  if (data !== undefined) {
    const v = convert(data, file, seen)
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
function seriesValues(r: Raw, file: string, seen: Map<unknown, PyValue>): NdArray {
  const mgr = get(r.state, '_mgr')
  const st = mgr instanceof Raw ? mgr.state : undefined
  const extra = Array.isArray(st) ? st[3] : undefined
  const blocks = get(get(extra, '0.14.1'), 'blocks')
  const values = Array.isArray(blocks) ? get(blocks[0], 'values') : undefined
  const v = values === undefined ? undefined : convert(values, file, seen)
  if (!v || typeof v !== 'object' || (v as NdArray).kind !== 'ndarray')
    throw new Error(`${file} holds a pandas Series whose values the model reader cannot find.`)
  const axes = get(get(extra, '0.14.1'), 'axes')
  const index = Array.isArray(axes) && axes[0] !== undefined ? convert(axes[0], file, seen) : null
  const arr = v as NdArray
  return index && (index as NdArray).kind === 'ndarray' ? { ...arr, index: index as NdArray } : arr
}

/**
 * A pandas DataFrame: BlockManager(blocks, [columns, index]) whose blocks are
 * `_unpickle_block(values, mgr_locs, ndim)` (values one row per column of the block), or the
 * older state form; rebuilt as names, index and one ndarray per column.
 */
function dataFrameValues(r: Raw, file: string, seen: Map<unknown, PyValue>): PyDataFrame {
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
  const columns = convert(axes[0], file, seen) as NdArray
  const index = convert(axes[1], file, seen) as NdArray
  if (columns?.kind !== 'ndarray' || index?.kind !== 'ndarray') throw fail()
  const n = index.shape[0] ?? 0
  const data: NdArray[] = new Array<NdArray>(columns.shape[0] ?? 0)
  for (const b of blocks) {
    const values = convert(b.values as PyValue, file, seen) as NdArray
    if (values?.kind !== 'ndarray') throw fail()
    const locs = convert(b.locs as PyValue, file, seen)
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
