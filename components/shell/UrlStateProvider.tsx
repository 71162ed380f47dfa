'use client'

import { useSearchParams } from 'next/navigation'
import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { loadCatalogue } from '@/lib/i18n/catalogues'
import { parseUrlState } from '@/lib/url-state/parse-url-state'
import { patchQuery, toQueryString, withQuery } from '@/lib/url-state/serialise-url-state'
import type { UrlState } from '@/lib/url-state/url-state'
import { currentQuery, replaceQuery } from './replace-query'
import { UrlStateContext, type UrlStateApi } from './url-state-context'

/**
 * Provides the URL state to everything under it. Static export requires `useSearchParams` to
 * sit inside <Suspense>, and the part inside is rendered in the browser only; so only a tiny
 * reader sits there, and the page itself is prerendered (with the default state) and hydrated
 * in place, keeping focus and scroll, then re-rendered with the URL's state.
 */
export function UrlStateProvider({ children }: { children: ReactNode }) {
  // null until the browser has read the URL
  const [urlQuery, setUrlQuery] = useState<string | null>(null)
  // Next.js applies history.replaceState to useSearchParams in a transition, a frame or two
  // later; until then the query just written is shown, so controls never flick back.
  const [pending, setPending] = useState<{ base: string | null; query: string } | null>(null)
  const query = pending && pending.base === urlQuery ? pending.query : (urlQuery ?? '')
  const parsed = useMemo(() => parseUrlState(query), [query])

  // the URL's query as last read, for `replace` without making it a new function each time
  // Next.js catches up: a new `replace` would be a new context value, and every view would
  // render again with a state equal to the one it just rendered
  const urlQueryRef = useRef(urlQuery)
  useLayoutEffect(() => {
    urlQueryRef.current = urlQuery
  }, [urlQuery])
  const replace = useCallback((next: string) => {
    if (next === currentQuery()) return
    replaceQuery(next)
    setPending({ base: urlQueryRef.current, query: next })
  }, [])
  // history.replaceState, Next.js's documented way to change search params without navigating:
  // no request, no scroll jump, no history entry
  const update = useCallback(
    (patch: Partial<UrlState>) => replace(patchQuery(currentQuery(), patch)),
    [replace],
  )

  const ready = urlQuery !== null
  const lang = parsed.state.lang
  // the page's language once its messages are loaded (useT shows English until then)
  useEffect(() => {
    let current = true
    loadCatalogue(lang).then(
      () => {
        if (current) document.documentElement.lang = lang
      },
      (error: unknown) => console.warn(String(error)),
    )
    return () => {
      current = false
    }
  }, [lang])

  const api = useMemo<UrlStateApi>(
    () => ({
      ...parsed,
      query,
      ready,
      update,
      replace,
      href: (path) => withQuery(path, query),
    }),
    [parsed, query, ready, update, replace],
  )
  return (
    <UrlStateContext value={api}>
      <Suspense fallback={null}>
        <SearchParamsReader onQuery={setUrlQuery} />
      </Suspense>
      {children}
    </UrlStateContext>
  )
}

/** Reports the query string (commas readable) whenever Next.js's router changes it. */
function SearchParamsReader({ onQuery }: { onQuery: (query: string) => void }) {
  const searchParams = useSearchParams()
  const query = toQueryString(new URLSearchParams(searchParams.toString()))
  // before paint, so a navigation never shows a frame with the previous query
  useLayoutEffect(() => onQuery(query), [query, onQuery])
  return null
}
