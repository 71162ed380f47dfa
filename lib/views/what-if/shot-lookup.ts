import type { LoadedPredictions } from '../../predictions/types'

/** One real shot as the what-if form uses it. */
export interface ShotRow {
  /** row index in the loaded data */
  index: number
  shotId: string
  /** model inputs by name (NaN when the file lacks the value) */
  values: Record<string, number>
  /** P(made) stored in the predictions file (its prediction_score); null without one */
  storedScore: number | null
  /** 1 made, 0 missed, null unknown */
  outcome: 0 | 1 | null
  /** context for the caption: game date, opponent, action type… (absent ones omitted) */
  context: Record<string, string>
}

/** A typed shot id as the data keys it: trimmed; "00123" and "123" are the same number. */
export function normaliseShotId(text: string): string {
  const s = text.trim()
  return /^\d+$/.test(s) ? String(Number(s)) : s
}

/** shot_id → row index; empty when the file has no shot_id column. First row wins on duplicates. */
export function shotIdIndex(loaded: LoadedPredictions): Map<string, number> {
  const ids = loaded.data.context.shot_id
  const index = new Map<string, number>()
  if (!ids) return index
  ids.forEach((id, i) => {
    if (id === null) return
    const key = normaliseShotId(String(id))
    if (!index.has(key)) index.set(key, i)
  })
  return index
}

const CONTEXT = [
  'game_date',
  'season',
  'opponent',
  'action_type',
  'shot_zone_basic',
  'shot_zone_area',
] as const

/** The row at `index`: inputs named by `features`, stored score, outcome and context. */
export function shotRow(
  loaded: LoadedPredictions,
  index: number,
  features: readonly string[],
): ShotRow {
  const { data } = loaded
  const values: Record<string, number> = {}
  for (const name of features) values[name] = data.features[name]?.[index] ?? Number.NaN
  const score = data.probability?.[index]
  const target = data.target[index]
  const context: Record<string, string> = {}
  for (const key of CONTEXT) {
    const v = data.context[key]?.[index]
    if (v !== undefined && v !== null && v !== '') context[key] = String(v)
  }
  return {
    index,
    shotId: String(data.context.shot_id?.[index] ?? index),
    values,
    storedScore: score === undefined || Number.isNaN(score) ? null : score,
    outcome: target === 0 || target === 1 ? target : null,
    context,
  }
}

/** True when the typed values are exactly the row's inputs (the form still shows that shot). */
export function formShowsRow(
  row: ShotRow,
  values: Readonly<Record<string, number>> | null,
): boolean {
  if (!values) return false
  return Object.entries(row.values).every(([name, v]) => values[name] === v)
}
