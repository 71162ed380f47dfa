import { pythonFloatRepr, pythonNumberRepr } from './python-repr'

function pythonString(text: string): string {
  // json.dumps(ensure_ascii=True) escapes every character outside printable ASCII
  return JSON.stringify(text).replace(
    /[^\x20-\x7e]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

function pythonNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity'
  return Number.isInteger(value) ? pythonNumberRepr(value) : pythonFloatRepr(value)
}

function dump(value: unknown, indent: number | undefined, depth: number): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return pythonString(value)
  if (typeof value === 'number') return pythonNumber(value)
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const items: string[] = Array.isArray(value)
    ? value.map((item) => dump(item, indent, depth + 1))
    : Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => `${pythonString(key)}: ${dump(item, indent, depth + 1)}`)
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  if (items.length === 0) return `${open}${close}`
  if (indent === undefined) return `${open}${items.join(', ')}${close}`
  const inner = '\n' + ' '.repeat(indent * (depth + 1))
  return `${open}${inner}${items.join(`,${inner}`)}\n${' '.repeat(indent * depth)}${close}`
}

/**
 * Python's `json.dumps(value)` (or with `indent`): `", "` and `": "` separators, non-ASCII as
 * `\uXXXX`, NaN as `NaN`. MLflow writes signatures and the log-model history tag this way.
 */
export function pythonJsonDumps(value: unknown, options: { indent?: number } = {}): string {
  return dump(value, options.indent, 0)
}
