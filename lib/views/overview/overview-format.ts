import { formatNumber, formatPercent } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'

/** A metric on a card: three decimals ("0.525", "0,525"); NaN → "–". */
export function formatMetricValue(lang: Lang, value: number): string {
  return formatNumber(lang, value, { minimumFractionDigits: 3, maximumFractionDigits: 3 })
}

/** prod − dev with its sign ("+0.012", "-0.525", "0.000"). */
export function formatDelta(lang: Lang, delta: number): string {
  return formatNumber(lang, delta, {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
    signDisplay: 'exceptZero',
  })
}

/** The threshold as the slider shows it: 0.50, 0.3 → 0.30. */
export function formatThreshold(lang: Lang, threshold: number): string {
  return formatNumber(lang, threshold, { minimumFractionDigits: 2, maximumFractionDigits: 4 })
}

/** F1 in a sentence: two decimals ("0.52", "0.00"). */
export function formatScore(lang: Lang, value: number): string {
  return formatNumber(lang, value, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

/**
 * A share of shots: one decimal ("41.8%"), and "<0.1%" for a share above 0 that would round to
 * 0.0% (1 of 6,426 is not none).
 */
export function formatRate(lang: Lang, share: number): string {
  if (share > 0 && share < 0.0005) return `<${formatPercent(lang, 0.001)}`
  return formatPercent(lang, share)
}
