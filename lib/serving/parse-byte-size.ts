const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }

/** Bytes of a size such as `10mb`, `512kb` or `1048576`; null when it is not one. */
export function parseByteSize(text: string): number | null {
  const m = text
    .trim()
    .toLowerCase()
    .match(/^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/)
  if (!m) return null
  return Math.floor(Number(m[1]) * UNITS[m[2] ?? '']!)
}
