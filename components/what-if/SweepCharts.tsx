'use client'

import { useMemo } from 'react'
import { Plot } from '@/components/plot/Plot'
import { PLOT_PALETTE } from '@/components/plot/plot-theme'
import { useTheme } from '@/components/shell/theme'
import { useT, type I18n } from '@/components/shell/use-t'
import type { LoggedModel } from '@/lib/serving/read-logged-model'
import type { FeatureSpec } from '@/lib/site-data/model/model-snapshot-types'
import { sweepCurves } from '@/lib/views/what-if/sweep-curves'
import { sweepFigure } from '@/lib/views/what-if/sweep-figure'
import { featureText, periodName } from './feature-text'

export interface SweepChartsProps {
  model: LoggedModel
  specs: readonly FeatureSpec[]
  /** the form's values; null while an input is invalid */
  values: Record<string, number> | null
  /** why values is null */
  reason: string | null
  threshold: number
}

/** Tick labels of the coded inputs: periods Q1…OT3, playoffs regular season / playoffs. */
function codedTicks(
  spec: FeatureSpec,
  i18n: I18n,
): { values: number[]; labels: string[] } | undefined {
  if (spec.categories) {
    return { values: spec.categories.map((_, i) => i), labels: spec.categories }
  }
  if (spec.name === 'playoffs') {
    return { values: [0, 1], labels: [i18n.t('playoffs.regular'), i18n.t('playoffs.playoffs')] }
  }
  if (spec.name !== 'period') return undefined
  const values = Array.from({ length: spec.max - spec.min + 1 }, (_, i) => spec.min + i)
  return { values, labels: values.map((n) => periodName(n, i18n, true)) }
}

/** One small chart per input: P(made) as that input sweeps its range, the others held. */
export function SweepCharts({ model, specs, values, reason, threshold }: SweepChartsProps) {
  const i18n = useT()
  const theme = useTheme()
  const curves = useMemo(() => {
    if (!values) return null
    try {
      return sweepCurves(model, specs, values)
    } catch {
      return null // the prediction card says why the model cannot score this shot
    }
  }, [model, specs, values])
  const charts = useMemo(() => {
    const palette = PLOT_PALETTE[theme]
    const colors = {
      line: palette.colorway[0],
      current: palette.colorway[1],
      reference: palette.muted,
      train: theme === 'dark' ? 'rgba(96,165,250,0.12)' : 'rgba(37,99,235,0.08)',
    }
    return specs.map((spec) => {
      const text = featureText(spec, i18n)
      const curve = curves?.find((c) => c.feature === spec.name)
      const ticks = codedTicks(spec, i18n)
      const figure = curve
        ? sweepFigure(curve, spec, threshold, {
            t: i18n.t,
            lang: i18n.lang,
            label: text.label,
            unit: text.unit,
            ticks,
            colors,
          })
        : null
      return { spec, title: i18n.t('whatIf.curve.title', { feature: text.label }), figure }
    })
  }, [specs, curves, threshold, i18n, theme])

  return (
    <section aria-labelledby="what-if-curves" className="space-y-3">
      <div>
        <h2 id="what-if-curves" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
          {i18n.t('whatIf.curves.title')}
        </h2>
        <p className="max-w-4xl text-sm text-slate-600 dark:text-slate-400">
          {i18n.t('whatIf.curves.help')}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2 2xl:grid-cols-3">
        {charts.map(({ spec, title, figure }) => (
          <Plot
            key={spec.name}
            title={title}
            data={figure?.data ?? []}
            layout={figure?.layout}
            filename={`what_if_${spec.name}_curve`}
            height={250}
            emptyMessage={i18n.t('whatIf.curves.invalid', { reason: reason ?? '' })}
          />
        ))}
      </div>
    </section>
  )
}
