const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** The pixel size in a PNG's IHDR chunk; throws naming `file` when the bytes are no PNG. */
export function pngSize(bytes: Uint8Array, file: string): { width: number; height: number } {
  const signed = bytes.length >= 24 && SIGNATURE.every((b, i) => bytes[i] === b)
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16))
  if (!signed || ihdr !== 'IHDR') {
    const start = Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0'))
    throw new Error(`${file} is not a PNG (it starts with ${start.join(' ') || 'nothing'})`)
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}
