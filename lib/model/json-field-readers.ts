import { ModelJsonError, showValue } from './model-json-error'

/** Field readers that throw ModelJsonError naming the source, the field path and the value. */
export interface FieldReader {
  source: string
  object(value: unknown, field: string): Record<string, unknown>
  number(value: unknown, field: string): number
  string(value: unknown, field: string): string
  numberArray(value: unknown, field: string, length?: number): number[]
  fail(field: string, detail: string): never
}

export function fieldReader(source: string): FieldReader {
  const fail = (field: string, detail: string): never => {
    throw new ModelJsonError(source, field, detail)
  }
  const reader: FieldReader = {
    source,
    fail,
    object(value, field) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        fail(field, `must be an object, got ${showValue(value)}`)
      }
      return value as Record<string, unknown>
    },
    number(value, field) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        fail(field, `must be a finite number, got ${showValue(value)}`)
      }
      return value as number
    },
    string(value, field) {
      if (typeof value !== 'string') fail(field, `must be a string, got ${showValue(value)}`)
      return value as string
    },
    numberArray(value, field, length) {
      if (!Array.isArray(value)) fail(field, `must be an array of numbers, got ${showValue(value)}`)
      const items = value as unknown[]
      if (length !== undefined && items.length !== length) {
        fail(field, `must have ${length} items, got ${items.length}`)
      }
      return items.map((item, i) => reader.number(item, `${field}[${i}]`))
    },
  }
  return reader
}
