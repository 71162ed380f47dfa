'use client'

import { useCallback, useMemo } from 'react'
import { currentQuery } from '@/components/shell/replace-query'
import { useUrlState } from '@/components/shell/url-state-context'
import { parseCourtParams, patchCourtQuery, type CourtParams } from '@/lib/views/court/court-params'

/**
 * The Court view's own URL parameters (colour-by, mode, hexagon value, court extent). The
 * shell keeps parameters it does not know, so they survive its own updates and travel with
 * the navigation links.
 */
export function useCourtParams() {
  const { query, replace } = useUrlState()
  // `explicit` says which parameters the URL names: the mode's default depends on the data
  const parsed = useMemo(() => parseCourtParams(query), [query])
  // the shell's replace: the controls show the new value in the same render, before Next.js's
  // router catches up with the address bar; the live URL is read so quick changes all count
  const update = useCallback(
    (patch: Partial<CourtParams>) => replace(patchCourtQuery(currentQuery(), patch)),
    [replace],
  )
  return { ...parsed, update }
}
