import { Parser } from 'pickleparser'
import { dtypeInfo } from './numpy-array'

/** Raw objects the parser builds for whitelisted globals, converted to PyValue afterwards. */
export class Raw {
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
export class StreamParser extends Parser {
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
export class JoblibArray extends Raw {
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
