import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'

// A DOM for React only (see components/data/use-site-file.test.ts)
const dom = new JSDOM('<!doctype html><html><body></body></html>')
Object.assign(globalThis, { window: dom.window, document: dom.window.document })
Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true })
const { renderHook } = await import('@testing-library/react')
const { useRevision } = await import('./use-revision')

describe('useRevision', () => {
  it('counts new objects, not renders', () => {
    const all = { rows: 'all shots' }
    const { result, rerender } = renderHook(({ value }) => useRevision(value), {
      initialProps: { value: all },
    })
    expect(result.current).toBe(0)
    rerender({ value: all })
    expect(result.current).toBe(0)
    rerender({ value: { rows: 'Q1' } })
    expect(result.current).toBe(1)
    // equal content, another object: another revision (plotly redraws on identity)
    rerender({ value: { rows: 'Q1' } })
    expect(result.current).toBe(2)
    rerender({ value: all })
    expect(result.current).toBe(3)
  })
})
