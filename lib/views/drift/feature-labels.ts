import type { MessageKey } from '../../i18n/messages-en'
import type { Translate } from '../../i18n/translate'

/** Units of the Kobe features (none for counts and categories). */
const UNIT_KEYS: Readonly<Record<string, MessageKey>> = {
  lat: 'drift.unit.degrees',
  lng: 'drift.unit.degrees',
  shot_distance: 'drift.unit.feet',
  minutes_remaining: 'drift.unit.minutes',
}

/** The unit of a feature in the language of `t`, or null. */
export function featureUnit(column: string, t: Translate): string | null {
  const key = UNIT_KEYS[column]
  return key ? t(key) : null
}

/** "shot_distance (ft)", or the bare name without a unit. */
export function featureWithUnit(column: string, t: Translate): string {
  const unit = featureUnit(column, t)
  return unit ? `${column} (${unit})` : column
}

/** How a category reads: periods as Q1…Q4 / OT1…, playoffs as regular season / playoffs. */
export function categoryLabel(column: string, value: number | string, t: Translate): string {
  if (column === 'period' && typeof value === 'number' && Number.isInteger(value) && value > 0) {
    return value <= 4 ? t('period.quarter', { n: value }) : t('period.overtime', { n: value - 4 })
  }
  if (column === 'playoffs' && (value === 0 || value === 1)) {
    return t(value === 1 ? 'playoffs.playoffs' : 'playoffs.regular')
  }
  return String(value)
}
