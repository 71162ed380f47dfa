'use client'

import { useCallback, useMemo } from 'react'
import { useUrlState } from '@/components/shell/url-state-context'
import { withQuery } from '@/lib/url-state/serialise-url-state'
import { parseCourtParams, patchCourtQuery, type CourtParams } from '@/lib/views/court/court-params'

/**
 * The Court view's own URL parameters (colour-by, mode, hexagon value, court extent). The
 * shell keeps parameters it does not know, so they survive its own updates and travel with
 * the navigation links.
 */
export function useCourtParams() {
  const { query } = useUrlState()
  // `explicit` says which parameters the URL names: the mode's default depends on the data
  const parsed = useMemo(() => parseCourtParams(query), [query])
  const update = useCallback((patch: Partial<CourtParams>) => {
    // read the live URL, like the shell's update, so quick successive changes all count
    const current = window.location.search.replace(/^\?/, '')
    const next = patchCourtQuery(current, patch)
    if (next === current) return
    // state null: Next.js syncs useSearchParams only for history entries it did not write itself
    window.history.replaceState(null, '', withQuery(window.location.pathname, next))
  }, [])
  return { ...parsed, update }
}
