'use client'

import type { ReactNode } from 'react'
import type { Loadable } from './loadable'
import { Pending } from './Pending'

/**
 * Renders `children(value)` once a loadable is ready; a sentence while loading (or, for a view's
 * main data with `prerendered`, the page's prerendered default view: <Pending>), and the error
 * as text (inside the view, never a blank page) when it failed.
 */
export function DataState<T>({
  value,
  loading,
  prerendered = false,
  children,
}: {
  value: Loadable<T>
  loading: string
  prerendered?: boolean
  children: (value: T) => ReactNode
}) {
  if (value.status === 'ready') return <>{children(value.value)}</>
  if (value.status === 'loading' && prerendered) return <Pending loading={loading} />
  if (value.status === 'loading') {
    return (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {loading}
      </p>
    )
  }
  return (
    <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      {value.error}
    </p>
  )
}
