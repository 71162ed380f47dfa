import { formatPercent } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'

/**
 * A share as a percentage with one decimal that never rounds a non-zero share to 0.0 % nor a
 * share short of all to 100.0 %: 1 of 3,630 reads "<0.1%", 3,629 of 3,630 ">99.9%".
 */
export function formatShare(lang: Lang, share: number): string {
  if (share > 0 && share < 0.0005) return `<${formatPercent(lang, 0.001)}`
  if (share < 1 && share >= 0.9995) return `>${formatPercent(lang, 0.999)}`
  return formatPercent(lang, share)
}
