import type { PyObject, PyValue } from '../py-value'
import { decompressPickle } from './decompress'
import { decodeArray, dtypeInfo } from './numpy-array'
import { dataFrameValues, get, pandasIndexData, seriesValues } from './pandas-values'
import { JoblibArray, Raw, StreamParser } from './raw'
import { isAllowed } from './allowed-globals'

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

/**
 * Parse a pickle stream (zlib/gzip-compressed joblib files inflated first) into plain values,
 * rebuilding only whitelisted globals (numpy arrays, scalars and dtypes, joblib's array wrapper, a
 * few builtins (bytearray as bytes), the values of pandas indexes and series, scikit-learn, PyCaret, imblearn and
 * category_encoders objects and XGBoost's wrappers and Booster as class name + state). Any other global throws PickleRefusedError
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
          if (tag === 'bytearray') return bytearray(args, file)
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

/** bytearray(b'…') as protocols 3-4 write it (protocol 2 passes _codecs.encode's bytes; 5 has BYTEARRAY8) */
function bytearray(args: unknown[], file: string): Uint8Array {
  const [data] = args
  if (data === undefined) return new Uint8Array(0)
  if (data instanceof Uint8Array) return data.slice()
  throw new Error(`${file} holds a bytearray built from a ${typeof data}, not from bytes.`)
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
  // object-array items get their own memo of converted values, as before; pandas parts share it
  const item = (v: unknown) => convert(v, file, new Map())
  const conv = (v: unknown) => convert(v, file, seen)
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
      item,
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
      item,
    )
    seen.set(r, arr)
    return arr
  }
  if (r.tag === 'scalar') {
    const dt = dtypeInfo(r.args[0] as Raw, file)
    const data = r.args[1]
    const a = decodeArray(
      [1],
      dt,
      false,
      typeof data === 'string' ? latin1(data) : data,
      file,
      item,
    )
    return (a.data as ArrayLike<PyValue>)[0] ?? null
  }
  if (r.tag === 'dtype')
    return { kind: 'object', className: 'numpy.dtype', state: { str: dtypeInfo(r, file).str } }
  if (r.tag === 'newindex') {
    const arr = pandasIndexData(r.args[1], file, conv)
    seen.set(r, arr)
    return arr
  }
  if (r.tag === 'object:pandas.core.frame.DataFrame') {
    const df = dataFrameValues(r, file, conv)
    seen.set(r, df)
    return df
  }
  if (r.tag === 'series' || r.tag === 'object:pandas.core.series.Series') {
    const arr = seriesValues(r, file, conv)
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
      item,
    )
    seen.set(r, arr)
    return arr
  }
  if (r.tag === 'oldjoblib') {
    const npy = get(r.state, 'filename')
    throw new Error(
      `${file} was written by joblib older than 0.10, which keeps its numpy arrays in separate files${typeof npy === 'string' ? ` (${npy})` : ''}; the model reader does not read them: load it with joblib and save it again with joblib.dump(model, path).`,
    )
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
