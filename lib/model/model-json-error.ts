/** A model file is not a valid kobe-model-json; the message names the source, field and value. */
export class ModelJsonError extends Error {
  constructor(
    readonly source: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${source}: field "${field}" ${detail}`)
    this.name = 'ModelJsonError'
  }
}

/** An input row cannot be scored; the message names the feature and the value. */
export class ModelInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ModelInputError'
  }
}

/** Short printable form of any JSON value for error messages. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'missing'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}
