import type { ThresholdOptima } from '../../monitoring/threshold-optimum'
import type { DatasetName } from '../../site-data/predictions/snapshot-types'
import { datasetLabel, type FigureContext } from './figure-context'

export const CRITERIA = ['f1', 'youden', 'value'] as const
export type Criterion = (typeof CRITERIA)[number]

export const CRITERION_KEYS = {
  f1: 'monitoring.thresholds.f1',
  youden: 'monitoring.thresholds.youden',
  value: 'monitoring.thresholds.value',
} as const

const DASH: Record<Criterion, string> = { f1: 'dot', youden: 'dashdot', value: 'longdash' }

/**
 * The thresholds maximising F1, Youden's J and value, dev and prod, as thin vertical lines on
 * the metrics-by-threshold chart (dataset colour, one dash per criterion) with a short label
 * at the top: layout `shapes` and `annotations` to add to the chart's own.
 */
export function optimaMarks(
  optima: Partial<Record<DatasetName, ThresholdOptima>>,
  ctx: FigureContext,
): { shapes: object[]; annotations: object[] } {
  const shapes: object[] = []
  const annotations: object[] = []
  let row = 0
  for (const name of ['dev', 'prod'] as const) {
    const o = optima[name]
    if (!o) continue
    for (const criterion of CRITERIA) {
      const choice = o[criterion]
      if (!choice) continue
      const color = ctx.datasetColors[name]
      shapes.push({
        type: 'line',
        xref: 'x',
        yref: 'y domain',
        x0: choice.threshold,
        x1: choice.threshold,
        y0: 0,
        y1: 1,
        line: { color, width: 1.5, dash: DASH[criterion] },
      })
      annotations.push({
        xref: 'x',
        yref: 'y domain',
        x: choice.threshold,
        y: 0.02 + 0.07 * row++,
        xanchor: 'left',
        yanchor: 'bottom',
        showarrow: false,
        text: ctx.t('monitoring.thresholds.mark', {
          criterion: ctx.t(CRITERION_KEYS[criterion]),
          dataset: datasetLabel(ctx, name),
        }),
        font: { size: 10, color },
        bgcolor: ctx.backgroundColor,
        opacity: 0.9,
      })
    }
  }
  return { shapes, annotations }
}

/** A threshold the URL keeps (4 decimals), rounded down so the optimum's own shot stays ≥ it. */
export function urlThreshold(threshold: number): number {
  return Math.floor(threshold * 10_000 + 1e-9) / 10_000
}
