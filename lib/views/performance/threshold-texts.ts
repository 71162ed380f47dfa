import { numberFormatter } from '../../i18n/format-number'
import type { FigureContext } from './figure-context'

/**
 * Curve thresholds as hover text, "≥ 0.420". ROC's first point has scikit-learn's threshold
 * max + 1, above every probability: it reads "above every score" instead of that number.
 */
export function thresholdTexts(thresholds: ArrayLike<number>, ctx: FigureContext): string[] {
  const format = numberFormatter(ctx.lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 })
  const above = ctx.t('performance.hover.aboveMax')
  return Array.from(thresholds, (v) => (v > 1 ? above : `≥ ${format(v)}`))
}

/**
 * `trace` with its `text`, the hover texts of `thresholds()`, formatted when it is first read
 * and kept: a filter change builds a curve of up to 20,000 points whose texts are needed only
 * when a pointer hovers it (or Plotly draws the trace), so it does not format them all
 * (about 10 ms a filter on the Kobe curves). An enumerable property: a copy (`{ ...trace }`)
 * or `JSON.stringify` reads it as a plain array.
 */
export function withThresholdTexts<T extends object>(
  trace: T,
  thresholds: () => ArrayLike<number>,
  ctx: FigureContext,
): T & { text: string[] } {
  let texts: string[] | null = null
  return Object.defineProperty(trace, 'text', {
    enumerable: true,
    get: () => (texts ??= thresholdTexts(thresholds(), ctx)),
  }) as T & { text: string[] }
}
