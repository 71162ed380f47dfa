import { shotDistanceFeet } from '../../court/coordinates'
import type { Translate } from '../../i18n/translate'
import type { PredictionsData } from '../../predictions/types'
import { CLASS_LABEL, ERROR_MEANING } from './court-legend'
import { errorClasses, ERROR_CLASSES, type ErrorClass } from './shot-classes'

export interface ShotTooltipContext {
  threshold: number
  t: Translate
  num: (value: number, options?: Intl.NumberFormatOptions) => string
  /** the shot's court position, for the distance when the file has no shot_distance */
  position?: { x: number; y: number }
}

const present = (value: string | number | null | undefined): value is string | number =>
  value !== null &&
  value !== undefined &&
  value !== '' &&
  !(typeof value === 'number' && Number.isNaN(value))

/**
 * A shot's tooltip as plain text, one fact group per line: id, date, opponent; action type,
 * distance; period, minutes remaining; P(made), outcome; error type at the threshold. Facts the
 * file lacks are left out.
 */
export function shotTooltip(data: PredictionsData, row: number, ctx: ShotTooltipContext): string {
  const { t, num, threshold } = ctx
  const context = (key: string) => data.context[key]?.[row]
  const feature = (key: string) => data.features[key]?.[row]
  const join = (parts: (string | null)[]) =>
    parts.filter((p): p is string => p !== null).join(' · ')

  const id = context('shot_id')
  const date = context('game_date')
  const opponent = context('opponent')
  const action = context('action_type')
  let feet = feature('shot_distance')
  if (
    !present(feet) &&
    ctx.position &&
    Number.isFinite(ctx.position.x) &&
    Number.isFinite(ctx.position.y)
  ) {
    feet = shotDistanceFeet(ctx.position)
  }
  const period = feature('period')
  const minutes = feature('minutes_remaining')
  const p = data.probability?.[row]
  const y = data.target[row]
  const outcome = y === 1 ? 'made' : y === 0 ? 'missed' : 'unlabelled'
  const errorClass =
    ERROR_CLASSES[
      errorClasses(data.target, data.probability, Uint32Array.of(row), threshold)[0] ?? 4
    ]

  const lines = [
    join([
      present(id) ? t('court.tip.shot', { id: String(id) }) : null,
      present(date) ? String(date) : null,
      present(opponent) ? t('court.tip.opponent', { opponent: String(opponent) }) : null,
    ]),
    join([
      present(action) ? String(action) : null,
      present(feet) ? t('court.tip.distance', { feet: Number(feet) }) : null,
    ]),
    join([
      present(period) ? t('court.tip.period', { period: Number(period) }) : null,
      present(minutes) ? t('court.tip.minutes', { minutes: Number(minutes) }) : null,
    ]),
    join([
      present(p)
        ? t('court.tip.probability', {
            p: num(p, { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
          })
        : null,
      t('court.tip.outcome', { outcome: t(CLASS_LABEL[outcome]) }),
    ]),
    errorClass && errorClass !== 'unlabelled'
      ? t('court.tip.error', { threshold: num(threshold), error: errorLabel(errorClass, t) })
      : null,
  ]
  return lines.filter((line): line is string => line !== null && line !== '').join('\n')
}

function errorLabel(errorClass: ErrorClass, t: Translate): string {
  const label = t(CLASS_LABEL[errorClass])
  const meaning = ERROR_MEANING[errorClass]
  return meaning ? `${label} (${t(meaning)})` : label
}
