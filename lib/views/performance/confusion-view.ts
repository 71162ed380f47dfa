import { sequentialColor } from '../../court/sequential-color'
import { readableTextColor } from '../../court/readable-text-color'
import { formatNumber } from '../../i18n/format-number'
import type { Lang } from '../../i18n/lang'
import type { MessageKey } from '../../i18n/messages-en'
import type { ConfusionCounts } from '../../metrics/confusion-matrix'
import { confusionCells, type ConfusionMode } from './confusion-cells'
import { formatShare } from './format-share'

/** One drawn cell of the confusion-matrix heatmap. */
export interface ConfusionViewCell {
  /** "True positive", … */
  name: MessageKey
  count: number
  /** share of the true class (the row) */
  share: number
  /** the big number and the small one, in the mode's order */
  primary: string
  secondary: string
  background: string
  foreground: string
}

/** Rows actual made / missed, columns predicted made / missed: top-left are the true positives. */
export interface ConfusionView {
  rows: [[ConfusionViewCell, ConfusionViewCell], [ConfusionViewCell, ConfusionViewCell]]
  total: number
}

const NAMES: [[MessageKey, MessageKey], [MessageKey, MessageKey]] = [
  ['outcome.truePositive', 'outcome.falseNegative'],
  ['outcome.falsePositive', 'outcome.trueNegative'],
]

/**
 * The confusion matrix as a small HTML heatmap: counts and shares of the true class in each
 * cell, coloured on viridis by the mode's value (count / largest count, or the share), with a
 * text colour that stays readable on it.
 */
export function confusionView(
  counts: ConfusionCounts,
  mode: ConfusionMode,
  lang: Lang,
): ConfusionView {
  const cells = confusionCells(counts)
  const largest = Math.max(1, ...cells.counts.flat())
  const cell = (r: 0 | 1, c: 0 | 1): ConfusionViewCell => {
    const count = cells.counts[r][c]
    const share = cells.share[r][c]
    const value = mode === 'counts' ? count / largest : share
    const countText = formatNumber(lang, count)
    const shareText = formatShare(lang, share)
    const background = sequentialColor(value)
    return {
      name: NAMES[r][c],
      count,
      share,
      primary: mode === 'counts' ? countText : shareText,
      secondary: mode === 'counts' ? shareText : countText,
      background,
      // black or white, whichever reads better (≥ 4.5:1 on every viridis colour)
      foreground: readableTextColor(background),
    }
  }
  return {
    rows: [
      [cell(0, 0), cell(0, 1)],
      [cell(1, 0), cell(1, 1)],
    ],
    total: cells.total,
  }
}
