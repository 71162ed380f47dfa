import type { Lang } from '../../i18n/lang'

const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * A run's start or end time in the reader's time zone: `medium` "Nov 23, 2026, 8:11:21 PM" /
 * "23 de nov. de 2026, 20:11:21", `short` (tables) "11/23/26, 8:11:21 PM" / "23/11/2026, 20:11:21";
 * null → "–". `timeZone` is for tests.
 */
export function formatDateTime(
  ms: number | null,
  lang: Lang,
  options: { style?: 'short' | 'medium'; timeZone?: string } = {},
): string {
  if (ms === null || !Number.isFinite(ms)) return '–'
  const { style = 'medium', timeZone } = options
  const key = `${lang}|${style}|${timeZone ?? ''}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: style, timeStyle: 'medium', timeZone })
    formats.set(key, format)
  }
  return format.format(ms)
}
