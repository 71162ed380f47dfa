import { gunzipSync, unzlibSync } from 'fflate'

/**
 * joblib.dump(..., compress=...) writes the whole pickle (arrays included) through zlib (the
 * default), gzip, bz2, lzma or xz. zlib and gzip are inflated here (fflate, Node and browser
 * alike); the others get one sentence naming the file and the compression.
 */
export function decompressPickle(bytes: Uint8Array, file: string): Uint8Array {
  const b0 = bytes[0]
  const b1 = bytes[1]
  if (b0 === 0x1f && b1 === 0x8b) return inflate(() => gunzipSync(bytes), file, 'gzip')
  // zlib: CMF 0x78 and a header checksum divisible by 31 (a pickle starts with 0x80 or an opcode)
  if (b0 === 0x78 && b1 !== undefined && ((b0 << 8) | b1) % 31 === 0)
    return inflate(() => unzlibSync(bytes), file, 'zlib')
  const other = compressionName(bytes)
  if (other)
    throw new Error(
      `${file} is a joblib file compressed with ${other}, which the model reader does not decompress: save it again with joblib.dump(model, path) or compress=('zlib' | 'gzip').`,
    )
  return bytes
}

function compressionName(b: Uint8Array): string | null {
  const ascii = String.fromCharCode(...b.subarray(0, 6))
  if (ascii.startsWith('BZh')) return 'bz2'
  if (ascii === '\xfd7zXZ\x00') return 'xz'
  if (b[0] === 0x5d && b[1] === 0x00 && b[2] === 0x00) return 'lzma'
  if (ascii.startsWith('ZF')) return "joblib's pre-0.10 zlib format"
  return null
}

function inflate(run: () => Uint8Array, file: string, kind: string): Uint8Array {
  try {
    return run()
  } catch (e) {
    throw new Error(
      `${file} looks ${kind}-compressed but does not inflate: ${(e as Error).message}.`,
    )
  }
}
