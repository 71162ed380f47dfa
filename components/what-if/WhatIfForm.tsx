'use client'

import { useT } from '@/components/shell/use-t'
import type { InputIssue } from '@/lib/views/what-if/check-inputs'
import type { FeatureSpec } from '@/lib/site-data/model/model-snapshot-types'
import { FeatureInput } from './FeatureInput'

export interface WhatIfFormProps {
  specs: readonly FeatureSpec[]
  raw: Record<string, string>
  issues: InputIssue[]
  /** the distance the location implies, when it differs from the typed one */
  distanceFromLocation: number | null
  onChange: (name: string, text: string) => void
  onReset: () => void
}

/** The six inputs, each with its range and inline validation. */
export function WhatIfForm({
  specs,
  raw,
  issues,
  distanceFromLocation,
  onChange,
  onReset,
}: WhatIfFormProps) {
  const { t } = useT()
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        {specs.map((spec) => (
          <FeatureInput
            key={spec.name}
            spec={spec}
            text={raw[spec.name] ?? ''}
            issue={issues.find((i) => i.feature === spec.name) ?? null}
            onChange={(text) => onChange(spec.name, text)}
          />
        ))}
      </div>
      {distanceFromLocation !== null && (
        <p className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {t('whatIf.distanceMismatch', {
            feet: distanceFromLocation,
            typed: raw.shot_distance ?? '',
          })}
          <button
            type="button"
            onClick={() => onChange('shot_distance', String(distanceFromLocation))}
            className="rounded border border-amber-400 px-2 py-0.5 font-medium hover:bg-amber-100 dark:border-amber-700 dark:hover:bg-amber-900"
          >
            {t('whatIf.distanceFromLocation', { feet: distanceFromLocation })}
          </button>
        </p>
      )}
      <button
        type="button"
        onClick={onReset}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        {t('whatIf.form.reset')}
      </button>
    </div>
  )
}
