/**
 * Python's `repr(float)` for a JS number, so the files we write read like the ones MLflow writes.
 * JS and Python both print the shortest digits that round-trip; they differ only in where they
 * switch to exponent notation and in how the exponent is spelled (`1e-05` vs `1e-5`).
 */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan'
  if (value === Infinity) return 'inf'
  if (value === -Infinity) return '-inf'
  if (Object.is(value, -0)) return '-0.0'
  const [mantissa = '0', exponentText = '0'] = value.toExponential().split('e')
  const exponent = Number(exponentText)
  const negative = mantissa.startsWith('-')
  const digits = mantissa.replace('-', '').replace('.', '')
  const sign = negative ? '-' : ''
  // CPython float_repr_style 'short': exponent notation when decpt <= -4 or decpt > 16
  const decpt = exponent + 1
  if (decpt <= -4 || decpt > 16) {
    const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
    const expSign = exponent < 0 ? '-' : '+'
    return `${sign}${head}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`
}

/** A JS number as Python would print it after `json.dumps` / `str()`: ints stay ints. */
export function pythonNumberRepr(value: number): string {
  if (Number.isInteger(value) && !Object.is(value, -0) && Math.abs(value) < 1e16) {
    return String(value)
  }
  return pythonFloatRepr(value)
}
