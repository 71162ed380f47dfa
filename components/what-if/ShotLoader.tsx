'use client'

import { useEffect, useId, useState, type FormEvent } from 'react'
import { useT } from '@/components/shell/use-t'
import type { LoadedPredictions } from '@/lib/predictions/types'
import { normaliseShotId, shotRow } from '@/lib/views/what-if/shot-lookup'

export interface ShotLoaderProps {
  /** the prod rows; null while loading, or an error sentence */
  prod: LoadedPredictions | null
  prodError: string | null
  /** shot_id → row index of the prod rows */
  index: Map<string, number> | null
  features: readonly string[]
  /** the shot the form was filled from */
  shotId: string | null
  /** the URL gave only a shot id: fill from it once the rows are loaded */
  fillFromShot: boolean
  onFill: (values: Record<string, number>, shotId: string) => void
}

/** "Start from a real shot": a prod shot_id box, a Load button and a random pick. */
export function ShotLoader({
  prod,
  prodError,
  index,
  features,
  shotId,
  fillFromShot,
  onFill,
}: ShotLoaderProps) {
  const { t } = useT()
  const id = useId()
  const [text, setText] = useState(shotId ?? '')
  const [error, setError] = useState<string | null>(null)

  const load = (typed: string) => {
    if (!prod || !index) return
    const key = normaliseShotId(typed)
    const i = index.get(key)
    if (i === undefined) {
      setError(t('whatIf.shot.notFound', { id: typed.trim() || '""', count: index.size }))
      return
    }
    setError(null)
    setText(key)
    onFill(shotRow(prod, i, features).values, key)
  }

  useEffect(() => {
    if (!fillFromShot || !shotId || !prod || !index) return
    const i = index.get(normaliseShotId(shotId))
    if (i !== undefined) onFill(shotRow(prod, i, features).values, normaliseShotId(shotId))
  }, [fillFromShot, shotId, prod, index, features, onFill])

  if (prodError) {
    return <p className="text-sm text-amber-800 dark:text-amber-200">{prodError}</p>
  }
  if (!prod || !index) {
    return (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {t('whatIf.shot.loading')}
      </p>
    )
  }
  if (index.size === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">{t('whatIf.shot.noIds')}</p>
  const example = index.keys().next().value ?? ''
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    load(text)
  }
  return (
    <form onSubmit={onSubmit} className="space-y-2" aria-describedby={`${id}-help`}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-100">
        {t('whatIf.shot.label')}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
          className="w-32 rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm shadow-sm dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
        />
        <button
          type="submit"
          className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-500"
        >
          {t('whatIf.shot.load')}
        </button>
        <button
          type="button"
          onClick={() => {
            const ids = [...index.keys()]
            const pick = ids[Math.floor(Math.random() * ids.length)]
            if (pick !== undefined) load(pick)
          }}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          {t('whatIf.shot.random')}
        </button>
      </div>
      <p id={`${id}-help`} className="text-xs text-slate-500 dark:text-slate-400">
        {t('whatIf.shot.help', { count: index.size, example })}
      </p>
      {error && (
        <p
          id={`${id}-error`}
          role="alert"
          className="text-sm font-medium text-red-700 dark:text-red-300"
        >
          {error}
        </p>
      )}
    </form>
  )
}
