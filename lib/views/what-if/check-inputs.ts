import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'

/** What is wrong with one typed value; `value` is the text as typed. */
export interface InputIssue {
  feature: string
  code: 'empty' | 'not_number' | 'out_of_range' | 'not_integer' | 'not_category'
  value: string
  min: number
  max: number
}

export interface CheckedInputs {
  /** every input as a number, when all are valid; null otherwise */
  values: Record<string, number> | null
  /** one issue per invalid input, in the specs' order */
  issues: InputIssue[]
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i

/**
 * A typed number: "33.9213", "-118.1", "1e1", and the Brazilian "33,9213" (one comma, no point).
 * Hex, "Infinity" and the empty string are not numbers. Returns NaN for them.
 */
export function parseTypedNumber(text: string): number {
  let s = text.trim()
  if (/^[+-]?\d*,\d+$/.test(s)) s = s.replace(',', '.')
  return NUMBER.test(s) ? Number(s) : Number.NaN
}

/** A valid input's value: the number typed, or a category's index in the spec's list. */
export function inputValue(spec: FeatureSpec, text: string): number {
  return spec.categories ? spec.categories.indexOf(text) : parseTypedNumber(text)
}

/** The text a spec's default value is typed as (a categorical input's category). */
export function defaultText(spec: FeatureSpec): string {
  return spec.categories ? (spec.categories[spec.default] ?? '') : String(spec.default)
}

/** Checks one typed value against its spec; null when it is valid. */
export function checkInput(spec: FeatureSpec, text: string | undefined): InputIssue | null {
  const value = text ?? ''
  const issue = (code: InputIssue['code']): InputIssue => ({
    feature: spec.name,
    code,
    value,
    min: spec.min,
    max: spec.max,
  })
  if (value.trim() === '') return issue('empty')
  if (spec.categories) return spec.categories.includes(value) ? null : issue('not_category')
  const v = parseTypedNumber(value)
  if (Number.isNaN(v)) return issue('not_number')
  if (v < spec.min || v > spec.max) return issue('out_of_range')
  if (spec.integer && !Number.isInteger(v)) return issue('not_integer')
  return null
}

/**
 * Validates the form: every input must be a number inside its range (whole when integer), or one
 * of a categorical input's categories.
 */
export function checkInputs(
  specs: readonly FeatureSpec[],
  raw: Readonly<Record<string, string | undefined>>,
): CheckedInputs {
  const issues: InputIssue[] = []
  const values: Record<string, number> = {}
  for (const spec of specs) {
    const problem = checkInput(spec, raw[spec.name])
    if (problem) issues.push(problem)
    else values[spec.name] = inputValue(spec, raw[spec.name]!)
  }
  return { values: issues.length === 0 ? values : null, issues }
}

/** Valid inputs outside the dev (training) range: where the model extrapolates. */
export function outsideTraining(
  specs: readonly FeatureSpec[],
  values: Readonly<Record<string, number>>,
): { spec: FeatureSpec; value: number }[] {
  return specs.flatMap((spec) => {
    const value = values[spec.name]
    if (value === undefined || !spec.train) return []
    return value < spec.train.min || value > spec.train.max ? [{ spec, value }] : []
  })
}
