import { formatNumber } from '../i18n/format-number'
import type { Lang } from '../i18n/lang'
import type { monitoringReasonsEn } from '../i18n/messages/monitoring-reasons-en'
import { createTranslator, type Translate } from '../i18n/translate'

/** A reason's code: the message key `reason.<code>` in lib/i18n/messages/monitoring-reasons-*. */
export type ReasonCode = keyof typeof monitoringReasonsEn extends `reason.${infer C}` ? C : never

/**
 * A placeholder's value: text from the data (a file, a column, a chunk key: inserted as it is),
 * a number (formatted for the language, up to 4 decimals), a share (a percentage), a nested
 * reason, a list (joined by ", ") or clauses (reasons joined by "; ").
 */
export type ReasonValue =
  | string
  | number
  | { share: number; digits?: number }
  | { clauses: readonly Reason[] }
  | Reason
  | readonly ReasonValue[]

/** Why a figure is missing, or what a check found: a code and its values, plain JSON. */
export interface Reason {
  code: ReasonCode
  values?: Readonly<Record<string, ReasonValue>>
}

export function reason(code: ReasonCode, values?: Record<string, ReasonValue>): Reason {
  return values ? { code, values } : { code }
}

/** Text that is not a monitoring sentence (an error message, a label): shown as it is. */
export function textReason(text: string): Reason {
  return { code: 'text', values: { text } }
}

/** A subject ("prod (predictions_prod.parquet)") given as plain text or as a reason. */
export function asReason(what: string | Reason): Reason {
  return typeof what === 'string' ? textReason(what) : what
}

function isReason(value: ReasonValue): value is Reason {
  return typeof value === 'object' && !Array.isArray(value) && 'code' in value
}

function renderValue(value: ReasonValue, t: Translate, lang: Lang): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return formatNumber(lang, value, { maximumFractionDigits: 4 })
  if (Array.isArray(value)) {
    return (value as readonly ReasonValue[]).map((v) => renderValue(v, t, lang)).join(', ')
  }
  if (isReason(value as ReasonValue)) return render(value as Reason, t, lang)
  if ('clauses' in value) return value.clauses.map((r) => render(r, t, lang)).join('; ')
  const { share, digits } = value as { share: number; digits?: number }
  return formatNumber(lang, share, {
    style: 'percent',
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: digits ?? 1,
  })
}

function render(r: Reason, t: Translate, lang: Lang): string {
  const params = Object.fromEntries(
    Object.entries(r.values ?? {}).map(([k, v]) => [k, renderValue(v, t, lang)]),
  )
  return t(`reason.${r.code}`, params)
}

const translators = new Map<Lang, Translate>()

/**
 * A reason as a sentence in `lang`: the only renderer, used by the views (page language) and by
 * `npm run monitor` (English, in the JSON report and the run's tags).
 */
export function reasonText(r: Reason, lang: Lang = 'en'): string {
  let t = translators.get(lang)
  if (!t) {
    t = createTranslator(lang)
    translators.set(lang, t)
  }
  return render(r, t, lang)
}

/** A figure-name → sentence map kept with its reasons: `unavailable` in English, `reasons` coded. */
export interface Explained {
  unavailable: Record<string, string>
  reasons?: Record<string, Reason>
}

/** Records why `key` is missing: the coded reason and its English sentence. */
export function explain(target: Explained, key: string, why: Reason): void {
  target.unavailable[key] = reasonText(why)
  ;(target.reasons ??= {})[key] = why
}

/** The reason for `key`: the coded one when present, else the plain sentence as text. */
export function reasonFor(target: Explained, key: string): Reason | undefined {
  const coded = target.reasons?.[key]
  if (coded) return coded
  const sentence = target.unavailable[key]
  return sentence === undefined ? undefined : textReason(sentence)
}
