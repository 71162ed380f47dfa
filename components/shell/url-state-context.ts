'use client'

import { createContext, useContext } from 'react'
import { DEFAULT_URL_STATE, type UrlIssue, type UrlState } from '@/lib/url-state/url-state'

export interface UrlStateApi {
  /** the parsed shared state (defaults for anything absent or invalid) */
  state: UrlState
  /** URL values that were not understood (shown by UrlNotice) */
  issues: UrlIssue[]
  /** the current query string, without "?", commas readable; '' when none */
  query: string
  /** false in the prerendered HTML (defaults, before the browser has read the URL) */
  ready: boolean
  /** changes some values; rewrites the URL in place (no reload, no scroll, no history entry) */
  update: (patch: Partial<UrlState>) => void
  /**
   * replaces the whole query (for a view's own parameters: build it with the view's patch
   * function from `currentQuery()`); same in-place rewrite, and the new query is visible at once
   */
  replace: (query: string) => void
  /** `pathname` with the current query string: links that keep threshold, filters and lang */
  href: (pathname: string) => string
}

/** The defaults, outside a UrlStateProvider. */
export const STATIC_URL_STATE: UrlStateApi = {
  state: DEFAULT_URL_STATE,
  issues: [],
  query: '',
  ready: false,
  update: () => {},
  replace: () => {},
  href: (pathname) => pathname,
}

export const UrlStateContext = createContext<UrlStateApi>(STATIC_URL_STATE)

/** The shared URL state; works anywhere under the root layout. */
export function useUrlState(): UrlStateApi {
  return useContext(UrlStateContext)
}
