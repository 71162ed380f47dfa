'use client'

import { useCallback, useMemo } from 'react'
import { currentQuery, replaceQuery } from '@/components/shell/replace-query'
import { useUrlState } from '@/components/shell/url-state-context'
import { queryWithChoice, readChoice, type ChoiceParam } from '@/lib/views/timeline/choice-param'

/** A view's own URL parameter with a few values: the value, what was not understood, a setter. */
export function useChoice<T extends string>(param: ChoiceParam<T>) {
  const { query } = useUrlState()
  const parsed = useMemo(() => readChoice(param, query), [param, query])
  const set = useCallback(
    (value: T) => replaceQuery(queryWithChoice(param, currentQuery(), value)),
    [param],
  )
  return { ...parsed, set }
}
