import { JSDOM } from 'jsdom'
import { createElement, memo } from 'react'
import { describe, expect, it } from 'vitest'

// A DOM for React only, with an IntersectionObserver whose entries the test sends, as the browser
// does when the element scrolls in or out (as in use-while-on-screen.test.ts)
const dom = new JSDOM('<!doctype html><html><body></body></html>')
Object.assign(globalThis, { window: dom.window, document: dom.window.document })
Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true })
const observers: ((entries: { isIntersecting: boolean }[]) => void)[] = []
class FakeIntersectionObserver {
  constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
    observers.push(callback)
  }
  observe() {}
  disconnect() {}
}
Object.assign(globalThis, { IntersectionObserver: FakeIntersectionObserver })
const { act, render } = await import('@testing-library/react')
const { WhileOnScreen } = await import('./WhileOnScreen')
const { useCatchUp } = await import('./catch-up')

const scroll = (isIntersecting: boolean) => act(() => observers.at(-1)!([{ isIntersecting }]))

describe('WhileOnScreen', () => {
  it('holds a section’s props off screen, and brings them up to date on return or when asked', () => {
    const renders: string[] = []
    let catchUp: (() => void) | null = null
    // a section below the fold: memoised, so it renders only when the props it is given change
    const Section = memo(function Section({ filter }: { filter: string }) {
      renders.push(filter)
      catchUp = useCatchUp()
      return createElement('p', null, `rows of ${filter}`)
    })
    const view = (filter: string) =>
      createElement(WhileOnScreen<{ filter: string }>, { of: Section, filter })
    const { container, rerender } = render(view('all shots'))
    rerender(view('Q1'))
    expect(container.textContent).toBe('rows of Q1')
    scroll(false)
    rerender(view('Q1 + playoffs'))
    rerender(view('Q1 + playoffs, 2001-02'))
    // off screen: not rendered again, the old rows shown and the wrapper saying it is behind
    expect(renders).toEqual(['all shots', 'Q1'])
    expect(container.textContent).toBe('rows of Q1')
    expect(container.querySelector('[data-behind="true"]')).not.toBeNull()
    // a Download PNG button asks: the current props at once, still off screen
    act(() => catchUp!())
    expect(container.textContent).toBe('rows of Q1 + playoffs, 2001-02')
    expect(container.querySelector('[data-behind]')).toBeNull()
    rerender(view('Q2'))
    expect(container.textContent).toBe('rows of Q1 + playoffs, 2001-02')
    scroll(true)
    expect(container.textContent).toBe('rows of Q2')
    expect(renders).toEqual(['all shots', 'Q1', 'Q1 + playoffs, 2001-02', 'Q2'])
  })
})
