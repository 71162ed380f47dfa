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
