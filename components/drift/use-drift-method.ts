'use client'

import { useCallback, useMemo } from 'react'
import { currentQuery, replaceQuery } from '@/components/shell/replace-query'
import { useUrlState } from '@/components/shell/url-state-context'
import {
  parseDriftMethodParam,
  queryWithDriftMethod,
  type DriftMethodChoice,
} from '@/lib/views/drift/drift-method-choice'

/**
 * The view's own `drift_method` URL parameter. The shell keeps parameters it does not know, so
 * the choice survives filter changes and travels with the navigation links.
 */
export function useDriftMethod() {
  const { query } = useUrlState()
  const parsed = useMemo(() => parseDriftMethodParam(query), [query])
  const setChoice = useCallback(
    (choice: DriftMethodChoice) => replaceQuery(queryWithDriftMethod(currentQuery(), choice)),
    [],
  )
  return { ...parsed, setChoice }
}
