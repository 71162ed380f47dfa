'use client'

import { useId } from 'react'
import { useUrlState } from '../url-state-context'
import { useT } from '../use-t'

/** The decision threshold slider (0–1, step 0.01), bound to the URL's `threshold`. */
export function ThresholdControl() {
  const { t, num } = useT()
  const { state, update } = useUrlState()
  const id = useId()
  const value = state.threshold
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-100">
          {t('control.threshold')}
        </label>
        <output
          htmlFor={id}
          className="font-mono text-sm text-blue-700 tabular-nums dark:text-blue-300"
        >
          {num(value, { minimumFractionDigits: 2, maximumFractionDigits: 4 })}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={1}
        step={0.01}
        value={value}
        aria-describedby={`${id}-help`}
        onChange={(event) => update({ threshold: Number(event.target.value) })}
        className="mt-2 w-full accent-blue-600"
      />
      <p id={`${id}-help`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        {t('control.threshold.help')}
      </p>
    </div>
  )
}
