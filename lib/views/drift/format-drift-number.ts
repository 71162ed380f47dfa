import { formatNumber } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'

/** A distance or PSI: three significant digits, trailing zeros kept (2.04, 2.00, 0.0777, 11.6). */
export function formatDistance(lang: Lang, value: number): string {
  return formatNumber(lang, value, { minimumSignificantDigits: 3, maximumSignificantDigits: 3 })
}

/**
 * A p-value: plain down to 0.001, scientific below (3.4E-104), and "≈ 0" when it underflowed
 * to 0 in double precision (scipy prints 0.0 there too).
 */
export function formatPValue(lang: Lang, value: number): string {
  if (value === 0) return '≈ 0'
  if (Math.abs(value) >= 0.001) return formatNumber(lang, value, { maximumSignificantDigits: 3 })
  return formatNumber(lang, value, {
    notation: 'scientific',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
}

/** A statistic as its test reports it: p-value or distance. */
export function formatStatistic(lang: Lang, value: number, isPValue: boolean): string {
  return isPValue ? formatPValue(lang, value) : formatDistance(lang, value)
}

/** A share of columns, two decimals (0.67). */
export function formatShare(lang: Lang, value: number): string {
  return formatNumber(lang, value, { maximumFractionDigits: 2 })
}

/** A feature value (a bound of a range): up to 4 decimals, enough for lat/lng. */
export function formatFeatureValue(lang: Lang, value: number): string {
  return formatNumber(lang, value, { maximumFractionDigits: 4 })
}
