/**
 * A strict decoder of Universal Binary JSON (ubjson.org, draft 12), the format XGBoost serialises a
 * Booster to inside a pickle (`XGBoosterSerializeToBuffer`). Values become plain JSON-like data:
 * objects (null-prototype records), arrays (optimized numeric arrays as number[]), strings,
 * numbers, booleans and null. Every length and count is checked against the bytes that remain, and
 * any fault throws an UbjsonError naming what was read and the byte offset.
 */
export type UbjValue = null | boolean | number | string | UbjValue[] | { [key: string]: UbjValue }

export class UbjsonError extends Error {
  constructor(
    readonly what: string,
    readonly offset: number,
    detail: string,
  ) {
    super(`${what} is not valid UBJSON at byte ${offset}: ${detail}.`)
    this.name = 'UbjsonError'
  }
}

const MAX_DEPTH = 64
const SIZES: Record<string, number> = { i: 1, U: 1, I: 2, l: 4, L: 8, d: 4, D: 8, C: 1 }
const INT_TYPES = 'iUIlL'

class Reader {
  pos = 0
  private readonly view: DataView
  private readonly text = new TextDecoder('utf-8', { fatal: true })
  constructor(
    private readonly bytes: Uint8Array,
    private readonly what: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  get remaining(): number {
    return this.bytes.length - this.pos
  }
  fail(detail: string, at = this.pos): never {
    throw new UbjsonError(this.what, at, detail)
  }
  need(n: number): void {
    if (n > this.remaining) this.fail(`needs ${n} more bytes but ${this.remaining} remain`)
  }
  marker(): string {
    this.need(1)
    return String.fromCharCode(this.bytes[this.pos++]!)
  }
  peek(): string {
    this.need(1)
    return String.fromCharCode(this.bytes[this.pos]!)
  }
  /** A number of the given type marker (big-endian, as the spec says). */
  number(type: string): number {
    const at = this.pos
    this.need(SIZES[type] ?? 0)
    const v = this.view
    const p = this.pos
    this.pos += SIZES[type] ?? 0
    switch (type) {
      case 'i':
        return v.getInt8(p)
      case 'U':
        return v.getUint8(p)
      case 'I':
        return v.getInt16(p)
      case 'l':
        return v.getInt32(p)
      case 'L': {
        const big = v.getBigInt64(p)
        if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER))
          this.fail(`the int64 ${big} does not fit a double exactly`, at)
        return Number(big)
      }
      case 'd':
        return v.getFloat32(p)
      case 'D':
        return v.getFloat64(p)
      default:
        return this.fail(`${JSON.stringify(type)} is not a number type`, at)
    }
  }
  /**
   * A length or count: an integer marker and value, never negative, and at most the bytes that
   * remain after it (or `cap` for elements that take no bytes).
   */
  length(of: string, cap?: number): number {
    const at = this.pos
    const t = this.marker()
    if (!INT_TYPES.includes(t)) this.fail(`the ${of} length has the type ${JSON.stringify(t)}`, at)
    const n = this.number(t)
    if (n < 0) this.fail(`the ${of} length is negative (${n})`, at)
    if (cap !== undefined) {
      if (n > cap) this.fail(`the ${of} length ${n} exceeds ${cap}`, at)
    } else if (n > this.remaining)
      this.fail(`the ${of} length ${n} exceeds the ${this.remaining} bytes that remain`, at)
    return n
  }
  string(): string {
    const n = this.length('string')
    const at = this.pos
    const s = this.bytes.subarray(this.pos, this.pos + n)
    this.pos += n
    try {
      return this.text.decode(s)
    } catch {
      return this.fail('a string is not UTF-8', at)
    }
  }
}

function value(r: Reader, type: string, depth: number): UbjValue {
  const at = r.pos - 1
  switch (type) {
    case 'Z':
      return null
    case 'T':
      return true
    case 'F':
      return false
    case 'S':
      return r.string()
    case 'H': {
      const s = r.string()
      const n = Number(s)
      if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s) || !Number.isFinite(n))
        r.fail(`the high-precision number ${JSON.stringify(s.slice(0, 40))} is not a number`, at)
      return n
    }
    case 'C':
      return String.fromCharCode(r.number('U'))
    case '[':
    case '{':
      if (depth >= MAX_DEPTH) r.fail(`containers nest deeper than ${MAX_DEPTH}`, at)
      return type === '[' ? array(r, depth + 1) : object(r, depth + 1)
    default:
      if (type in SIZES) return r.number(type)
      return r.fail(`${JSON.stringify(type)} is not a UBJSON type marker`, at)
  }
}

/** An optimized container's `$type` and `#count`, if present. */
function header(r: Reader): { type: string | null; count: number | null } {
  let type: string | null = null
  if (r.peek() === '$') {
    r.pos++
    const at = r.pos
    type = r.marker()
    if (type === 'N' || !(type in SIZES || 'ZTFSH[{'.includes(type)))
      r.fail(`${JSON.stringify(type)} cannot be a container's element type`, at)
  }
  let count: number | null = null
  if (r.peek() === '#') {
    r.pos++
    // every element takes at least one byte, except those whose type the header fixed with no payload
    count = r.length('container', type && 'ZTF'.includes(type) ? 1e7 : undefined)
  } else if (type) r.fail('a container gives its element type without a count')
  return { type, count }
}

function array(r: Reader, depth: number): UbjValue[] {
  const { type, count } = header(r)
  const out: UbjValue[] = []
  if (count !== null) {
    if (type && type in SIZES) r.need(count * SIZES[type]!)
    for (let i = 0; i < count; i++) out.push(value(r, type ?? elementMarker(r), depth))
    return out
  }
  for (;;) {
    const m = elementMarker(r)
    if (m === ']') return out
    out.push(value(r, m, depth))
  }
}

function object(r: Reader, depth: number): { [key: string]: UbjValue } {
  const { type, count } = header(r)
  const out = Object.create(null) as { [key: string]: UbjValue }
  const entry = () => {
    const at = r.pos
    const key = r.string()
    if (Object.prototype.hasOwnProperty.call(out, key))
      r.fail(`the key ${JSON.stringify(key.slice(0, 40))} appears twice`, at)
    out[key] = value(r, type ?? elementMarker(r), depth)
  }
  if (count !== null) {
    for (let i = 0; i < count; i++) entry()
    return out
  }
  while (r.peek() !== '}') entry()
  r.pos++
  return out
}

/** The next element's type marker, skipping no-ops (`N`). */
function elementMarker(r: Reader): string {
  let m = r.marker()
  while (m === 'N') m = r.marker()
  return m
}

/** Decode one UBJSON value that fills `bytes` exactly; `what` names it in messages. */
export function decodeUbjson(bytes: Uint8Array, what: string): UbjValue {
  const r = new Reader(bytes, what)
  if (bytes.length === 0) r.fail('it is empty')
  const v = value(r, elementMarker(r), 0)
  if (r.pos !== bytes.length) r.fail(`${bytes.length - r.pos} bytes follow the value`)
  return v
}
