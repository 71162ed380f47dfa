'use client'

import { useT } from '@/components/shell/use-t'
import { formatShare } from '@/lib/views/performance/format-share'
import type { DatasetName } from '@/lib/site-data/predictions/snapshot-types'
import type { DatasetThresholdMetrics } from '@/lib/views/performance/threshold-points'

const METRIC = { minimumFractionDigits: 3, maximumFractionDigits: 3 }

/**
 * The dev → prod story in two sentences: how many shots the threshold calls made in each
 * dataset with the F1 that gives, and how well the scores rank shots at all (ROC AUC).
 */
export function PerformanceHeadline({
  auc,
  points,
  threshold,
}: {
  /** ROC AUC of each dataset with numbers */
  auc: Partial<Record<DatasetName, number>>
  points: DatasetThresholdMetrics
  threshold: number
}) {
  const { t, num, lang } = useT()
  const { dev, prod } = points
  if (!dev || !prod || auc.dev === undefined || auc.prod === undefined) return null
  const share = (n: number, total: number) => formatShare(lang, total === 0 ? 0 : n / total)
  return (
    <div
      data-testid="performance-headline"
      className="rounded-xl border border-blue-200 bg-blue-50 p-4 text-sm text-slate-800 dark:border-blue-900 dark:bg-blue-950/40 dark:text-slate-100"
    >
      <p>
        {t('performance.headline.threshold', {
          threshold: num(threshold, { minimumFractionDigits: 2, maximumFractionDigits: 4 }),
          prodPredicted: prod.predictedPositive,
          prodTotal: prod.total,
          prodShare: share(prod.predictedPositive, prod.total),
          devPredicted: dev.predictedPositive,
          devTotal: dev.total,
          devShare: share(dev.predictedPositive, dev.total),
          prodF1: num(prod.f1, METRIC),
          devF1: num(dev.f1, METRIC),
        })}
      </p>
      <p className="mt-1">
        {t('performance.headline.ranking', {
          devAuc: num(auc.dev, METRIC),
          prodAuc: num(auc.prod, METRIC),
        })}
      </p>
    </div>
  )
}
