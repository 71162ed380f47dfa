import { JSDOM } from 'jsdom'
import { createElement, memo, useContext } from 'react'
import { describe, expect, it, vi } from 'vitest'

// A DOM for React (see use-site-file.test.ts), at a page URL history.replaceState can rewrite
const dom = new JSDOM('<!doctype html><html><body></body></html>', {
  url: 'http://localhost/overview/',
})
Object.assign(globalThis, { window: dom.window, document: dom.window.document })
Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true })

// Next.js's router, stood in for by the URL it would report: it follows history.replaceState a
// transition later, which `catchUp` plays by hand
let routerQuery = ''
const listeners = new Set<() => void>()
vi.mock('next/navigation', async () => {
  const { useSyncExternalStore } = await import('react')
  return {
    useSearchParams: () =>
      new URLSearchParams(
        useSyncExternalStore(
          (on) => (listeners.add(on), () => listeners.delete(on)),
          () => routerQuery,
        ),
      ),
  }
})
const catchUp = () => {
  routerQuery = window.location.search.replace(/^\?/, '')
  listeners.forEach((on) => on())
}

const { act, render } = await import('@testing-library/react')
const { UrlStateProvider } = await import('./UrlStateProvider')
const { UrlStateContext } = await import('./url-state-context')

describe('UrlStateProvider', () => {
  it('renders its views once per query written, not again when Next.js catches up with it', async () => {
    const seen: { query: string; ready: boolean }[] = []
    let api: { replace: (next: string) => void } | null = null
    // a view under the provider: memoised, so it renders only when the context value changes
    const View = memo(function View() {
      const state = useContext(UrlStateContext)!
      api = state
      seen.push({ query: state.query, ready: state.ready })
      return null
    })
    render(createElement(UrlStateProvider, null, createElement(View)))
    const first = seen.length
    expect(seen.at(-1)).toEqual({ query: '', ready: true })

    act(() => api!.replace('source=local'))
    expect(window.location.search).toBe('?source=local')
    expect(seen.slice(first)).toEqual([{ query: 'source=local', ready: true }])

    // the router reports the URL just written: the state is the same, so no view renders again
    await act(async () => catchUp())
    expect(seen.slice(first)).toEqual([{ query: 'source=local', ready: true }])

    // a URL changed by the router itself (back, a link) is followed
    window.history.replaceState(null, '', '/overview/?threshold=0.3')
    await act(async () => catchUp())
    expect(seen.at(-1)).toEqual({ query: 'threshold=0.3', ready: true })
  })
})
