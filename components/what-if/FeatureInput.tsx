'use client'

import { useId, type KeyboardEvent } from 'react'
import { useT } from '@/components/shell/use-t'
import type { InputIssue } from '@/lib/views/what-if/check-inputs'
import { parseTypedNumber } from '@/lib/views/what-if/check-inputs'
import type { FeatureSpec } from '@/lib/site-data/model/model-snapshot-types'
import { decimalsOf, featureText, issueMessage, periodName } from './feature-text'

export interface FeatureInputProps {
  spec: FeatureSpec
  text: string
  issue: InputIssue | null
  onChange: (text: string) => void
}

const INPUT =
  'rounded-md border bg-white px-2 py-1.5 font-mono text-sm tabular-nums shadow-sm focus:outline-2 focus:outline-offset-1 focus:outline-blue-500 dark:bg-slate-950'

/**
 * One model input: a labelled text box (the exact value, typed or stepped with the arrow keys),
 * a natural second control (period select, playoffs toggle, slider), the valid and training
 * ranges, and the inline error naming the field, the value and the range.
 */
export function FeatureInput({ spec, text, issue, onChange }: FeatureInputProps) {
  const i18n = useT()
  const { t } = i18n
  const id = useId()
  const ft = featureText(spec, i18n)
  const typed = parseTypedNumber(text)
  const valid = issue === null && Number.isFinite(typed)
  const sliderValue = Number.isFinite(typed)
    ? Math.min(spec.max, Math.max(spec.min, typed))
    : spec.default
  const paired = spec.name === 'period' || spec.name === 'playoffs'
  const format = (v: number) => v.toFixed(decimalsOf(spec))
  const step = (direction: 1 | -1, event: KeyboardEvent) => {
    if (!Number.isFinite(typed)) return
    event.preventDefault()
    const next = Math.min(spec.max, Math.max(spec.min, typed + direction * spec.step))
    onChange(format(next))
  }

  return (
    <div
      className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
      data-feature={spec.name}
    >
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-100">
          {ft.label}
          {ft.unit && (
            <span className="font-normal text-slate-500 dark:text-slate-400"> ({ft.unit})</span>
          )}
        </label>
        {/* the column name, unless the label is already it (a model's own input) */}
        {ft.label !== spec.name && (
          <code className="text-xs text-slate-500 dark:text-slate-400">{spec.name}</code>
        )}
      </div>
      <div className="mt-1.5 flex items-center gap-2">
        {spec.categories ? (
          <select
            id={id}
            aria-invalid={issue ? true : undefined}
            aria-describedby={`${id}-hint${issue ? ` ${id}-error` : ''}`}
            value={spec.categories.includes(text) ? text : ''}
            onChange={(event) => onChange(event.target.value)}
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
          >
            {!spec.categories.includes(text) && <option value="">–</option>}
            {spec.categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        ) : (
          <>
            <input
              id={id}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={text}
              aria-invalid={issue ? true : undefined}
              aria-describedby={`${id}-hint${issue ? ` ${id}-error` : ''}`}
              onChange={(event) => onChange(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'ArrowUp') step(1, event)
                if (event.key === 'ArrowDown') step(-1, event)
              }}
              className={
                INPUT +
                (paired ? ' w-14 shrink-0' : ' w-full min-w-0') +
                (issue
                  ? ' border-red-500 text-red-800 dark:border-red-500 dark:text-red-200'
                  : ' border-slate-300 text-slate-900 dark:border-slate-700 dark:text-slate-100')
              }
            />
            {spec.name === 'period' ? (
              <select
                aria-label={t('whatIf.choose', { label: ft.label })}
                value={valid ? String(typed) : ''}
                onChange={(event) => onChange(event.target.value)}
                className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
              >
                {!valid && <option value="">–</option>}
                {Array.from({ length: spec.max - spec.min + 1 }, (_, i) => spec.min + i).map(
                  (n) => (
                    <option key={n} value={String(n)}>
                      {periodName(n, i18n)}
                    </option>
                  ),
                )}
              </select>
            ) : spec.name === 'playoffs' ? (
              <label className="inline-flex min-w-0 items-center gap-2 text-sm text-slate-700 dark:text-slate-200">
                <input
                  type="checkbox"
                  checked={valid && typed === 1}
                  onChange={(event) => onChange(event.target.checked ? '1' : '0')}
                  className="h-4 w-4 shrink-0 accent-blue-600"
                />
                {t('whatIf.playoffs.toggle')}
              </label>
            ) : null}
          </>
        )}
      </div>
      {spec.name !== 'period' && spec.name !== 'playoffs' && !spec.categories && (
        <input
          type="range"
          aria-label={t('whatIf.slider', { label: ft.label })}
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={sliderValue}
          onChange={(event) => onChange(format(Number(event.target.value)))}
          className="mt-2 w-full accent-blue-600"
        />
      )}
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        {spec.categories
          ? t('whatIf.categories', { count: String(spec.categories.length) })
          : t('whatIf.range', { min: ft.value(spec.min), max: ft.value(spec.max) })}
        {spec.train &&
          ` · ${t('whatIf.trainRange', { min: ft.value(spec.train.min), max: ft.value(spec.train.max) })}`}
      </p>
      {issue && (
        <p
          id={`${id}-error`}
          role="alert"
          className="mt-1 text-sm font-medium text-red-700 dark:text-red-300"
        >
          {issueMessage(issue, spec, i18n)}
        </p>
      )}
    </div>
  )
}
