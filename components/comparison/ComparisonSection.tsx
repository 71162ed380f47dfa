'use client'

import { memo, useMemo } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import { ConfusionTable } from '@/components/performance/ConfusionTable'
import { Section } from '@/components/performance/Section'
import { Plot } from '@/components/plot/Plot'
import {
  COMPARED_ROC_DOWNLOAD,
  comparedConfusionDownload,
  comparedModelNames,
} from '@/lib/reporting/course-chart-set'
import { betterSentence } from '@/lib/views/comparison/better-sentence'
import {
  COMPARED_METRICS,
  metricValue,
  sideAtThreshold,
  type ComparedMetric,
  type ComparedSide,
} from '@/lib/views/comparison/compared-performance'
import {
  comparisonPrFigure,
  comparisonRocFigure,
  modelColor,
} from '@/lib/views/comparison/comparison-figures'
import { confusionView } from '@/lib/views/performance/confusion-view'
import {
  datasetLabel,
  formatMetric,
  formatThreshold,
  type FigureContext,
} from '@/lib/views/performance/figure-context'
import { ExportableCard } from './ExportableCard'
import { useComparedSides, useComparison } from './use-comparison'
import { ScrollRegion } from '@/components/shell/ScrollRegion'

export interface ComparisonSectionProps {
  dev: Loadable<FilteredDataset>
  prod: Loadable<FilteredDataset>
  threshold: number
  ctx: FigureContext
}

const note = 'text-sm text-slate-600 dark:text-slate-400'

/**
 * The compared models side by side on the same filtered rows: ROC and PR per model and
 * dataset, a confusion matrix per model at the live threshold, the metrics table and one
 * sentence per metric saying which model is better on prod and on dev. `?models=` picks them.
 */
// memo: below the fold (WhileOnScreen), it is not recomputed while its props are held
export const ComparisonSection = memo(function ComparisonSection({
  dev,
  prod,
  threshold,
  ctx,
}: ComparisonSectionProps) {
  const { t } = ctx
  const comparison = useComparison()
  const { snapshot, shown, unknown, setShown } = comparison
  const sides = useComparedSides(shown, comparison.scores, dev, prod)
  const models = useMemo(
    () => (snapshot.status === 'ready' ? snapshot.value.models : []),
    [snapshot],
  )
  const colored = useMemo(
    () =>
      sides.status === 'ready'
        ? sides.value.map((side) => ({ side, color: modelColor(models.indexOf(side.model)) }))
        : [],
    [sides, models],
  )
  const courseNames = useMemo(() => comparedModelNames(models), [models])
  const roc = useMemo(() => comparisonRocFigure(colored, ctx), [colored, ctx])
  const pr = useMemo(() => comparisonPrFigure(colored, ctx), [colored, ctx])

  if (snapshot.status === 'loading') return null
  return (
    <Section title={t('comparison.title')}>
      <div data-testid="comparison" className="space-y-4">
        {snapshot.status === 'error' ? (
          <p role="alert" className={note}>
            {t('comparison.error', { error: snapshot.error })}
          </p>
        ) : (
          <>
            <p className={note}>
              {models.length === 0
                ? t('comparison.none')
                : t(`comparison.chosenBy.${snapshot.value.chosenBy}`)}
              {models.length === 1 && ` ${t('comparison.one')}`}
            </p>
            {snapshot.value.skipped.length > 0 && (
              <ul className={`${note} list-disc pl-5`} data-testid="comparison-skipped">
                {snapshot.value.skipped.map((s) => (
                  <li key={s.reference}>
                    {t('comparison.skipped', { reference: s.reference, reason: s.reason })}
                  </li>
                ))}
              </ul>
            )}
            {unknown.length > 0 && (
              <p role="note" className={note}>
                {t('comparison.skipped', {
                  reference: `?models=${unknown.join(',')}`,
                  reason: models.map((m) => m.key).join(', '),
                })}
              </p>
            )}
            {models.length > 1 && (
              <fieldset className="flex flex-wrap items-center gap-4 text-sm">
                <legend className="mb-1 font-medium text-slate-700 dark:text-slate-300">
                  {t('comparison.pick')}
                </legend>
                {models.map((m, i) => {
                  const on = shown.includes(m)
                  return (
                    <label key={m.key} className="flex items-center gap-2">
                      <input
                        type="checkbox"
                        checked={on}
                        onChange={() => {
                          const next = on
                            ? shown.filter((s) => s !== m)
                            : models.filter((s) => s === m || shown.includes(s))
                          if (next.length > 0) {
                            setShown(next.length === models.length ? null : next.map((s) => s.key))
                          }
                        }}
                      />
                      <span
                        aria-hidden
                        className="inline-block h-3 w-3 rounded-full"
                        style={{ background: modelColor(i) }}
                      />
                      <span className="text-slate-800 dark:text-slate-200">
                        {t('comparison.estimator', {
                          model: m.name,
                          estimator: m.estimator.join(' › '),
                        })}
                      </span>
                    </label>
                  )
                })}
              </fieldset>
            )}
            {shown
              .filter((m) => m.clippedScore)
              .map((m) => (
                <p key={m.key} role="note" className={note}>
                  {t('comparison.clipped', { model: m.name })}
                </p>
              ))}
            {sides.status === 'error' && (
              <p role="alert" className={note}>
                {t('comparison.error', { error: sides.error })}
              </p>
            )}
            {sides.status === 'ready' && sides.value.length > 0 && (
              <ComparisonBody
                sides={sides.value}
                threshold={threshold}
                ctx={ctx}
                roc={roc}
                pr={pr}
                courseNames={new Map(models.map((m, i) => [m.key, courseNames[i]!]))}
              />
            )}
          </>
        )}
      </div>
    </Section>
  )
})

function ComparisonBody({
  sides,
  threshold,
  ctx,
  roc,
  pr,
  courseNames,
}: {
  sides: ComparedSide[]
  courseNames: ReadonlyMap<string, string>
  threshold: number
  ctx: FigureContext
  roc: ReturnType<typeof comparisonRocFigure>
  pr: ReturnType<typeof comparisonPrFigure>
}) {
  const { t, lang } = ctx
  const thresholdText = formatThreshold(ctx, threshold)
  const label = (metric: ComparedMetric) =>
    t(`comparison.metric.${metric}`, { threshold: thresholdText })
  const column = (s: ComparedSide) =>
    t('comparison.table.column', { model: s.model.name, dataset: datasetLabel(ctx, s.dataset) })
  return (
    <>
      <div className="grid gap-6 xl:grid-cols-2">
        <Plot
          title={t('comparison.roc.title')}
          description={t('comparison.roc.description')}
          data={roc.data}
          layout={roc.layout}
          filename={COMPARED_ROC_DOWNLOAD}
          height={520}
        />
        <Plot
          title={t('comparison.pr.title')}
          description={t('comparison.pr.description')}
          data={pr.data}
          layout={pr.layout}
          filename="pr_curve_compared_models"
          height={520}
        />
      </div>
      <ExportableCard
        title={t('comparison.confusion.title', { threshold: thresholdText })}
        filename="confusion_matrices_compared_models"
      >
        <div className="grid gap-4 md:grid-cols-2">
          {sides.map((s) => {
            const counts = sideAtThreshold(s, threshold).confusion
            return (
              <ExportableCard
                key={`${s.model.key}-${s.dataset}`}
                title={column(s)}
                filename={comparedConfusionDownload(courseNames.get(s.model.key)!, s.dataset)}
                small
              >
                <div
                  data-testid={`comparison-confusion-${s.model.key}-${s.dataset}`}
                  data-cells={[counts.tp, counts.fn, counts.fp, counts.tn].join(',')}
                >
                  <ConfusionTable view={confusionView(counts, 'counts', lang)} t={t} />
                </div>
              </ExportableCard>
            )
          })}
        </div>
      </ExportableCard>
      <ExportableCard
        title={t('comparison.table.title')}
        filename="metrics_compared_models"
        testId="comparison-table"
      >
        <ScrollRegion label={t('comparison.table.title')}>
          <table className="w-full text-sm tabular-nums">
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                <th scope="col" className="py-1 pr-3 text-left font-medium">
                  {t('comparison.table.metric')}
                </th>
                {sides.map((s) => (
                  <th
                    key={`${s.model.key}-${s.dataset}`}
                    scope="col"
                    className="px-2 py-1 text-right font-medium"
                  >
                    {column(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {COMPARED_METRICS.map(({ metric }) => (
                <tr key={metric} className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {label(metric)}
                  </th>
                  {sides.map((s) => {
                    const value = metricValue(s, metric, threshold)
                    return (
                      <td
                        key={`${s.model.key}-${s.dataset}`}
                        className="px-2 py-1 text-right"
                        data-testid={`comparison-${metric}-${s.model.key}-${s.dataset}`}
                        data-value={value}
                      >
                        {formatMetric(ctx, value)}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </ExportableCard>
      <ExportableCard title={t('comparison.sentences')} filename="which_model_is_better">
        <ul
          className="space-y-1 text-sm text-slate-800 dark:text-slate-200"
          data-testid="comparison-sentences"
        >
          {COMPARED_METRICS.map(({ metric, higherIsBetter }) => (
            <li key={metric}>
              {betterSentence(
                label(metric),
                sides.map((s) => ({
                  model: s.model.name,
                  dataset: s.dataset,
                  value: metricValue(s, metric, threshold),
                })),
                higherIsBetter,
                t,
                lang,
              )}
            </li>
          ))}
        </ul>
      </ExportableCard>
    </>
  )
}
