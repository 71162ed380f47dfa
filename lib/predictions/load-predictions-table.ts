import type { CellValue, ParquetTable } from '@/lib/parquet/parquet-table'
import {
  decideScoreConvention,
  toMadeProbability,
  type ConventionDecision,
} from './probability-convention'
import { PredictionsError } from './predictions-errors'
import { readLabelColumn, readTargetColumn } from './read-binary-column'
import { readNumericColumn } from './read-numeric-column'
import { readProbabilityColumn } from './read-probability-column'
import { resolveMapping, type ResolvedMapping } from './resolve-mapping'
import type {
  LoadPredictionsOptions,
  LoadedPredictions,
  PredictionsData,
  ProbabilityConvention,
} from './types'

/**
 * Maps a decoded parquet table onto the predictions model (pure: usable in the browser).
 * Detection, then the mapping file, then options.mapping decide the columns; the probability
 * becomes P(made) whatever convention the file follows. Throws PredictionsError for a target
 * that is not 0/1/null and MappingError for an invalid mapping.
 */
export function loadPredictionsTable(
  table: ParquetTable,
  options: LoadPredictionsOptions = {},
): LoadedPredictions {
  const resolved = resolveMapping(table.columns, table.file, options)
  const { mapping } = resolved
  const rows = table.numRows
  const detected = [...resolved.detected]
  const warnings = [...resolved.warnings]
  const cells = (name: string): readonly CellValue[] => {
    const values = table.data[name]
    if (!values) throw new PredictionsError(table.file, `column "${name}" was not read`)
    return values
  }
  if (rows === 0) warnings.push(`${table.file} has 0 rows: nothing to show`)

  let target = new Float64Array(rows).fill(NaN)
  let labelledRows = 0
  if (mapping.target) {
    const read = readTargetColumn(cells(mapping.target), table.file, mapping.target)
    target = read.target
    labelledRows = read.labelled
    if (labelledRows === 0 && rows > 0) {
      warnings.push(
        `target column "${mapping.target}" has no labelled rows (all null): performance metrics unavailable`,
      )
    }
  }

  let label: Uint8Array | null = null
  if (mapping.label) {
    const read = readLabelColumn(cells(mapping.label), mapping.label)
    label = read.label
    warnings.push(...read.warnings)
  }

  let probability: Float64Array | null = null
  let convention: ProbabilityConvention | null = null
  const missing = [...resolved.missing]
  let reportMapping = mapping
  const hardLabel = mapping.probability ? hardLabelSentence(cells(mapping.probability)) : null
  if (mapping.probability && hardLabel) {
    const column = mapping.probability
    const usedAsLabel = mapping.label === null
    if (usedAsLabel) {
      const read = readLabelColumn(cells(column), column)
      label = read.label
      warnings.push(...read.warnings)
    }
    reportMapping = { ...mapping, probability: null, label: usedAsLabel ? column : mapping.label }
    const at = detected.findIndex((line) => line.startsWith('probability: '))
    if (at >= 0) detected.splice(at, 1)
    warnings.push(
      `column "${column}" is named like a probability but ${hardLabel}, so it is read as a hard predicted label${usedAsLabel ? '' : ' and ignored'}, not a probability: no ROC curve, log loss or threshold analysis from it`,
    )
    missing.push('no probability column: ROC curve, log loss and threshold analysis unavailable')
  } else if (mapping.probability) {
    const score = readProbabilityColumn(cells(mapping.probability), mapping.probability)
    if (score.warning) warnings.push(score.warning)
    const evidence = label && rows > 0 ? decideScoreConvention(score.values, label) : null
    const chosen = chooseConvention(resolved, evidence)
    convention = chosen.convention
    const at = detected.findIndex((line) => line.startsWith('probability: '))
    detected.splice(at + 1, 0, `probability convention: ${convention} (${chosen.reason})`)
    if (chosen.warning) warnings.push(chosen.warning)
    probability = toMadeProbability(score.values, label, convention)
  }

  const features: Record<string, Float64Array> = {}
  for (const [key, column] of Object.entries(mapping.features)) {
    if (!column) continue
    const read = readNumericColumn(cells(column))
    features[key] = read.values
    if (read.unreadable > 0) {
      warnings.push(
        `feature ${key} (column "${column}"): ${read.unreadable} ${read.unreadable > 1 ? 'values are' : 'value is'} not a number (first: ${read.firstUnreadable}, counting from 0), read as missing`,
      )
    }
  }
  const context: PredictionsData['context'] = {}
  for (const [key, column] of Object.entries(mapping.context)) {
    if (column) context[key] = withoutBooleans(cells(column))
  }

  return {
    report: {
      file: table.file,
      rows,
      labelledRows,
      unlabelledRows: rows - labelledRows,
      mapping: reportMapping,
      probabilityConvention: convention,
      excludedProbabilityRows: probability ? countNaN(probability) : 0,
      detected,
      missing,
      warnings,
    },
    data: { target, probability, label, features, context },
  }
}

/**
 * The probability convention from the mapping (forced, or implied by the column name) and the
 * values' evidence (null: no label column or no rows), with the reason and any warning.
 */
export function chooseConvention(
  resolved: ResolvedMapping,
  evidence: ConventionDecision | null,
): { convention: ProbabilityConvention; reason: string; warning: string | null } {
  if (resolved.convention && resolved.conventionSource) {
    const disagrees = evidence?.fits.positiveClass !== evidence?.fits.confidence
    const suggested = evidence?.convention
    return {
      convention: resolved.convention,
      reason: `forced by ${resolved.conventionSource}`,
      warning:
        evidence && disagrees && suggested !== resolved.convention
          ? `${resolved.conventionSource} forces probabilityConvention ${resolved.convention}, but the values look like ${suggested} (${evidence.reason})`
          : null,
    }
  }
  if (resolved.convention) {
    const looksLikeConfidence =
      resolved.convention === 'positive_class' &&
      evidence?.fits.confidence &&
      !evidence.fits.positiveClass
    return {
      convention: resolved.convention,
      reason: 'from the column name',
      warning: looksLikeConfidence
        ? `the values of ${resolved.mapping.probability} look like the confidence of the predicted label rather than P(made) (${evidence.reason}); if so, set "probabilityConvention": "confidence_of_predicted_label" in a mapping file`
        : null,
    }
  }
  if (!evidence)
    return { convention: 'positive_class', reason: 'no rows to decide from', warning: null }
  return evidence
}

/** Context columns keep their values; booleans become 1/0 (the context type has no booleans). */
function withoutBooleans(values: readonly CellValue[]): (string | number | null)[] {
  if (!values.some((v) => typeof v === 'boolean')) return values as (string | number | null)[]
  return values.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v))
}

/**
 * Says why a probability-named column is a hard label: every value present is exactly 0 or 1
 * (both appear, or one of them on more than one row). Null when it can be a probability.
 */
function hardLabelSentence(cells: readonly CellValue[]): string | null {
  const { values } = readNumericColumn(cells)
  let zeros = 0
  let ones = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    if (Number.isNaN(value)) continue
    if (value === 0) zeros++
    else if (value === 1) ones++
    else return null
  }
  return hardLabelFromCounts(zeros, ones, 0)
}

/** hardLabelSentence from counts of the present values: zeros, ones and any other value. */
export function hardLabelFromCounts(zeros: number, ones: number, others: number): string | null {
  if (others > 0 || zeros + ones < 2) return null
  return `every one of its ${zeros + ones} values is exactly 0 or 1 (${zeros} zeros, ${ones} ones)`
}

function countNaN(values: Float64Array): number {
  let n = 0
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) n++
  return n
}
