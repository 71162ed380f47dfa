'use client'

import type { I18n } from '@/components/shell/use-t'
import type { MessageKey } from '@/lib/i18n/messages-en'
import type { InputIssue } from '@/lib/views/what-if/check-inputs'
import type { FeatureSpec } from '@/lib/site-data/model/model-snapshot-types'

const LABELS: Record<string, MessageKey> = {
  lat: 'whatIf.feature.lat',
  lng: 'whatIf.feature.lng',
  minutes_remaining: 'whatIf.feature.minutes_remaining',
  period: 'whatIf.feature.period',
  playoffs: 'whatIf.feature.playoffs',
  shot_distance: 'whatIf.feature.shot_distance',
}
const UNITS: Record<string, MessageKey> = {
  '°': 'whatIf.unit.degrees',
  min: 'whatIf.unit.minutes',
  ft: 'whatIf.unit.feet',
}

/** How the page names an input: its label and unit in the page's language. */
export interface FeatureText {
  label: string
  unit: string
  /** a value with the input's decimals and its unit: "33.9213°", "22 ft" */
  value: (v: number) => string
}

export function decimalsOf(spec: FeatureSpec): number {
  return spec.integer ? 0 : Math.max(0, -Math.floor(Math.log10(spec.step) + 1e-9))
}

export function featureText(spec: FeatureSpec, i18n: I18n): FeatureText {
  const { t, num } = i18n
  const labelKey = LABELS[spec.name]
  const unitKey = UNITS[spec.unit]
  const unit = unitKey ? t(unitKey) : spec.unit
  const d = decimalsOf(spec)
  return {
    label: labelKey ? t(labelKey) : spec.label,
    unit,
    value: (v) => {
      const text = num(v, {
        minimumFractionDigits: d,
        maximumFractionDigits: d,
        useGrouping: false,
      })
      return unit === '' ? text : unit === '°' ? `${text}°` : `${text} ${unit}`
    },
  }
}

/** period 1–4 → "Q1"…, 5–7 → "OT1"… (the page's language); short for chart ticks. */
export function periodName(n: number, i18n: I18n, short = false): string {
  if (short) {
    return n <= 4
      ? i18n.t('whatIf.period.shortQuarter', { n: String(n) })
      : i18n.t('whatIf.period.shortOvertime', { n: String(n - 4) })
  }
  return n <= 4
    ? i18n.t('period.quarter', { n: String(n) })
    : i18n.t('period.overtime', { n: String(n - 4) })
}

/** The inline message of an invalid input, naming the field, the value as typed and the range. */
export function issueMessage(issue: InputIssue, spec: FeatureSpec, i18n: I18n): string {
  const text = featureText(spec, i18n)
  return i18n.t(`whatIf.error.${issue.code}`, {
    field: `${text.label} (${spec.name})`,
    value: issue.value.trim(),
    min: text.value(issue.min),
    max: text.value(issue.max),
  })
}
