import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'

// A DOM for React only (see components/data/use-site-file.test.ts), with an IntersectionObserver
// whose entries the test sends, as the browser does when the element scrolls in or out
const dom = new JSDOM('<!doctype html><html><body></body></html>')
Object.assign(globalThis, { window: dom.window, document: dom.window.document })
Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true })
const observers: { callback: (entries: { isIntersecting: boolean }[]) => void; margin: string }[] =
  []
class FakeIntersectionObserver {
  constructor(
    callback: (entries: { isIntersecting: boolean }[]) => void,
    options: IntersectionObserverInit,
  ) {
    observers.push({ callback, margin: options.rootMargin ?? '' })
  }
  observe() {}
  disconnect() {}
}
const { act, renderHook } = await import('@testing-library/react')
const { useWhileOnScreen } = await import('./use-while-on-screen')

const scroll = (isIntersecting: boolean) =>
  act(() => observers.at(-1)!.callback([{ isIntersecting }]))

describe('useWhileOnScreen', () => {
  it('follows the value on screen, holds it off screen and catches up on return', () => {
    Object.assign(globalThis, { IntersectionObserver: FakeIntersectionObserver })
    const ref = { current: document.createElement('div') }
    const { result, rerender } = renderHook(({ value }) => useWhileOnScreen(value, ref), {
      initialProps: { value: 'all shots' },
    })
    expect(observers.at(-1)!.margin).toBe('200px')
    expect(result.current).toBe('all shots')
    rerender({ value: 'Q1' })
    expect(result.current).toBe('Q1')
    scroll(false)
    rerender({ value: 'Q1 + playoffs' })
    rerender({ value: 'Q1 + playoffs, 2001-02' })
    expect(result.current).toBe('Q1')
    scroll(true)
    expect(result.current).toBe('Q1 + playoffs, 2001-02')
  })

  it('always gives the value where there is no IntersectionObserver', () => {
    Object.assign(globalThis, { IntersectionObserver: undefined })
    const ref = { current: document.createElement('div') }
    const { result, rerender } = renderHook(({ value }) => useWhileOnScreen(value, ref), {
      initialProps: { value: 1 },
    })
    rerender({ value: 2 })
    expect(result.current).toBe(2)
  })
})
