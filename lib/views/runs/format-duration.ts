import { formatNumber } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'

/**
 * A run's duration, short, as MLflow shows it: "850 ms", "12.3 s", "4 min 05 s", "2 h 07 min",
 * "3 d 4 h"; numbers in the language's format. Negative or non-finite → "–".
 */
export function formatDuration(ms: number, lang: Lang): string {
  if (!Number.isFinite(ms) || ms < 0) return '–'
  const two = (n: number) => String(n).padStart(2, '0')
  if (ms < 1000) return `${formatNumber(lang, Math.round(ms))} ms`
  if (ms < 60_000) return `${formatNumber(lang, ms / 1000, { maximumFractionDigits: 1 })} s`
  const seconds = Math.round(ms / 1000)
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${two(seconds % 60)} s`
  const minutes = Math.round(ms / 60_000)
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ${two(minutes % 60)} min`
  const hours = Math.round(ms / 3_600_000)
  return `${formatNumber(lang, Math.floor(hours / 24))} d ${hours % 24} h`
}
