import { formatNumber } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'

/**
 * A metric value for tables: up to 4 decimals ("0.6745"), integers as they are ("4,057"), tiny
 * or huge values in scientific notation ("7.08e-12"), and NaN / ∞ / −∞ spelled out (they are
 * what the run logged, not a missing value).
 */
export function formatMetricValue(value: number, lang: Lang): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '∞'
  if (value === -Infinity) return '−∞'
  const abs = Math.abs(value)
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e12)) {
    const text = value.toExponential(2).replace('e+', 'e')
    return lang === 'pt-BR' ? text.replace('.', ',') : text
  }
  return formatNumber(lang, value, { maximumFractionDigits: 4 })
}
