import type { Lang } from '../../i18n/lang'
import type { Translate } from '../../i18n/translate'
import type { DatasetName } from '../../site-data/predictions/snapshot-types'
import {
  formatMetricValue,
  formatThreshold as formatThresholdIn,
} from '../overview/overview-format'

/** What every performance figure needs from the page: language and colours of the theme. */
export interface FigureContext {
  t: Translate
  lang: Lang
  /** one colour per dataset (dev blue, prod orange in the shared palette) */
  datasetColors: Record<DatasetName, string>
  /** one colour per true class */
  classColors: { made: string; missed: string }
  /** one colour per metric of the metrics-by-threshold chart */
  metricColors: Record<'precision' | 'recall' | 'f1' | 'accuracy', string>
  /** lines that are not data: the chance diagonal, the threshold marker */
  referenceColor: string
  /** the chart background, behind labels drawn over data */
  backgroundColor: string
}

export const DATASET_NAMES: readonly DatasetName[] = ['dev', 'prod']

/** "Dev" / "Prod" in the page's language. */
export function datasetLabel(ctx: FigureContext, name: DatasetName): string {
  return ctx.t(name === 'dev' ? 'dataset.dev' : 'dataset.prod')
}

/** The threshold as the slider shows it: 0.50, 0.3 → 0.30. */
export function formatThreshold(ctx: FigureContext, threshold: number): string {
  return formatThresholdIn(ctx.lang, threshold)
}

/** A metric value with three decimals in the page's language: "0.584", "0,584"; NaN → "–". */
export function formatMetric(ctx: FigureContext, value: number): string {
  return formatMetricValue(ctx.lang, value)
}
