import type { Lang } from './lang'

const cache = new Map<string, Intl.NumberFormat>()

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.NumberFormat(lang, options)
    cache.set(key, format)
  }
  return format
}

/**
 * Formats a number for a language: `formatNumber('en', 5.412)` → "5.412",
 * `formatNumber('pt-BR', 5.412)` → "5,412". Up to 3 fraction digits unless options say otherwise.
 * NaN and ±Infinity become "–" (a metric that could not be computed).
 */
export function formatNumber(
  lang: Lang,
  value: number,
  options: Intl.NumberFormatOptions = { maximumFractionDigits: 3 },
): string {
  if (!Number.isFinite(value)) return '–'
  return formatter(lang, options).format(value)
}

/**
 * `formatNumber` with the options fixed: the formatter is looked up once, for callers that
 * format thousands of values (a curve's hover texts).
 */
export function numberFormatter(
  lang: Lang,
  options: Intl.NumberFormatOptions,
): (value: number) => string {
  const format = formatter(lang, options)
  return (value) => (Number.isFinite(value) ? format.format(value) : '–')
}

/** Formats a share (0.4231) as a percentage ("42.3%" / "42,3%"). */
export function formatPercent(lang: Lang, share: number, fractionDigits = 1): string {
  return formatNumber(lang, share, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  })
}
