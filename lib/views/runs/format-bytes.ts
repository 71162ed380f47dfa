import { formatNumber } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'

/** A file size: "761 B", "96.2 KB", "1.5 MB" (1 KB = 1,024 bytes); null → ''. */
export function formatBytes(bytes: number | null, lang: Lang): string {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return ''
  if (bytes < 1024) return `${formatNumber(lang, bytes)} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${formatNumber(lang, value, { maximumFractionDigits: 1 })} ${units[unit]}`
}
