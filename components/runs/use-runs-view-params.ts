'use client'

import { useCallback, useMemo } from 'react'
import { currentQuery } from '@/components/shell/replace-query'
import { useUrlState } from '@/components/shell/url-state-context'
import { toQueryString } from '@/lib/url-state/serialise-url-state'
import {
  parseRunsViewParams,
  runsViewQueryPatch,
  type RunsViewParams,
} from '@/lib/views/runs/runs-view-params'

/**
 * The Runs view's own URL parameters (experiment, compare, sort, filter, status, deleted,
 * columns), read from the shared URL state and written through its `replace`.
 */
export function useRunsViewParams(): {
  params: RunsViewParams
  set: (patch: Partial<RunsViewParams>) => void
} {
  const { query, replace } = useUrlState()
  const params = useMemo(() => parseRunsViewParams(query), [query])
  const set = useCallback(
    (patch: Partial<RunsViewParams>) => {
      const search = new URLSearchParams(currentQuery())
      for (const [key, value] of Object.entries(runsViewQueryPatch(patch))) {
        if (value === null || value === undefined) search.delete(key)
        else search.set(key, value)
      }
      replace(toQueryString(search))
    },
    [replace],
  )
  return { params, set }
}
