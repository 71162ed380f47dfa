import type { MessageKey } from '../../i18n/messages-en'
import type { Translate } from '../../i18n/translate'
import { ERROR_CLASSES, OUTCOME_CLASSES, type ErrorClass, type OutcomeClass } from './shot-classes'

export interface CourtLegendItem {
  label: string
  color: string
}

type Num = (value: number) => string

/** Classes always listed (a zero count says something); the others only when present. */
const ALWAYS = new Set(['made', 'missed', 'tp', 'fp', 'fn', 'tn'])
/** What each error type means, in words. */
export const ERROR_MEANING: Partial<Record<ErrorClass, MessageKey>> = {
  tp: 'court.meaning.tp',
  fp: 'court.meaning.fp',
  fn: 'court.meaning.fn',
  tn: 'court.meaning.tn',
}

/** The short name of every class ("FN", "Made"). */
export const CLASS_LABEL: Record<OutcomeClass | ErrorClass, MessageKey> = {
  made: 'court.class.made',
  missed: 'court.class.missed',
  unlabelled: 'court.class.unlabelled',
  tp: 'court.class.tp',
  fp: 'court.class.fp',
  fn: 'court.class.fn',
  tn: 'court.class.tn',
  unscored: 'court.class.unscored',
}

/**
 * Legend entries with the number of shots per class ("FN 1,782 (made, predicted missed)"), for
 * the classes of `kind`, `counts` and `palette` in the same class order.
 */
export function courtLegend(
  kind: 'outcome' | 'error',
  counts: readonly number[],
  palette: readonly string[],
  t: Translate,
  num: Num,
): CourtLegendItem[] {
  const classes: readonly (OutcomeClass | ErrorClass)[] =
    kind === 'outcome' ? OUTCOME_CLASSES : ERROR_CLASSES
  const items: CourtLegendItem[] = []
  classes.forEach((name, c) => {
    const count = counts[c] ?? 0
    if (count === 0 && !ALWAYS.has(name)) return
    const label = t(CLASS_LABEL[name])
    const meaning = ERROR_MEANING[name as ErrorClass]
    items.push({
      label: meaning
        ? t('court.legend.itemMeaning', { label, count: num(count), meaning: t(meaning) })
        : t('court.legend.item', { label, count: num(count) }),
      color: palette[c] ?? '#000000',
    })
  })
  return items
}
