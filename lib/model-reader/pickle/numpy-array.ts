import type { NdArray, PyValue } from '../py-value'
import type { Raw } from './raw'

/** numpy arrays of a pickle: dtypes, byte order, Fortran order, structured records. */
export interface DtypeInfo {
  str: string
  fields?: { name: string; dtype: DtypeInfo; offset: number }[]
  itemsize: number
}

export function dtypeInfo(raw: Raw, file: string): DtypeInfo {
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

export function decodeArray(
  shape: number[],
  dt: DtypeInfo,
  fortran: boolean,
  data: unknown,
  file: string,
  convertItem: (v: unknown) => PyValue,
): NdArray {
  const n = shape.reduce((a, b) => a * b, 1)
  if (dt.str === '|O' || Array.isArray(data)) {
    const items = (data as unknown[]).map(convertItem)
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
