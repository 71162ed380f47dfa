import type { ScalarTag } from 'yaml'
import { pythonFloatRepr } from './filestore/python-repr'

/**
 * The implicit scalar types of PyYAML's SafeLoader (YAML 1.1 as PyYAML implements it), as tags for
 * the `yaml` package. Reading with them gives what MLflow's `yaml.safe_load` gives (`y` stays a
 * string, `1_000` is an int, `1e5` is a string); writing with them quotes exactly the strings
 * PyYAML's `safe_dump` quotes (`'0'`, `'yes'`, `'1.5'`, `'2025-12-01'`).
 */

const NULL_RE = /^(?:~|null|Null|NULL)?$/
const BOOL_RE = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/
const INT_RE =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/
const FLOAT_RE =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/
const TIMESTAMP_RE =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/

function sexagesimal(text: string): number {
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0)
}

/** Integers beyond 2^53 stay exact as bigint (an 18-digit id written without quotes). */
function resolveInt(source: string): number | bigint {
  const text = source.replace(/_/g, '')
  const sign = text.startsWith('-') ? -1 : 1
  const body = text.replace(/^[-+]/, '')
  if (body.includes(':')) return sign * sexagesimal(body)
  let big: bigint
  if (body.startsWith('0b')) big = BigInt(body)
  else if (body.startsWith('0x')) big = BigInt(body)
  else if (body.length > 1 && body.startsWith('0')) big = BigInt(`0o${body.slice(1)}`)
  else big = BigInt(body)
  const value = sign < 0 ? -big : big
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value
}

function resolveFloat(source: string): number {
  const text = source.replace(/_/g, '').toLowerCase()
  if (text.endsWith('.nan')) return NaN
  if (text.endsWith('.inf')) return text.startsWith('-') ? -Infinity : Infinity
  if (text.includes(':')) {
    const sign = text.startsWith('-') ? -1 : 1
    return sign * sexagesimal(text.replace(/^[-+]/, ''))
  }
  return Number(text)
}

/** PyYAML's `represent_float`: repr() with `.0` forced before an exponent, `.nan`, `.inf`. */
export function pyYamlFloat(value: number): string {
  if (Number.isNaN(value)) return '.nan'
  if (value === Infinity) return '.inf'
  if (value === -Infinity) return '-.inf'
  const repr = pythonFloatRepr(value)
  return repr.includes('e') && !repr.includes('.') ? repr.replace('e', '.0e') : repr
}

const nullTag: ScalarTag = {
  identify: (value) => value === null || value === undefined,
  default: true,
  tag: 'tag:yaml.org,2002:null',
  test: NULL_RE,
  resolve: () => null,
  stringify: () => 'null',
}

const boolTag: ScalarTag = {
  identify: (value) => typeof value === 'boolean',
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test: BOOL_RE,
  resolve: (text) => /^(?:yes|true|on)$/i.test(text),
  stringify: (item) => (item.value ? 'true' : 'false'),
}

const intTag: ScalarTag = {
  identify: (value) =>
    typeof value === 'bigint' || (Number.isInteger(value) && Math.abs(value as number) < 1e16),
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: INT_RE,
  resolve: resolveInt,
  stringify: (item) => String(item.value),
}

const floatTag: ScalarTag = {
  identify: (value) => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: FLOAT_RE,
  resolve: resolveFloat,
  stringify: (item) => pyYamlFloat(Number(item.value)),
}

/** Timestamps are kept as their text: MLflow never stores real YAML timestamps. */
const timestampTag: ScalarTag = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: 'tag:yaml.org,2002:timestamp',
  test: TIMESTAMP_RE,
  resolve: (text) => text,
  stringify: (item) => (item.value instanceof Date ? item.value.toISOString() : String(item.value)),
}

/** `=` and `<<` have their own implicit tags in PyYAML, so it quotes them; we read them as text. */
const pyYamlSpecialsTag: ScalarTag = {
  identify: () => false,
  default: true,
  tag: 'tag:yaml.org,2002:value',
  test: /^(?:=|<<)$/,
  resolve: (text) => text,
}

export const PYYAML_SCALAR_TAGS: ScalarTag[] = [
  nullTag,
  boolTag,
  intTag,
  floatTag,
  timestampTag,
  pyYamlSpecialsTag,
]
