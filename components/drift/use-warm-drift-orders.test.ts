import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { loadPredictionsFile } from '@/lib/predictions/load-predictions'
import {
  driftColumnValues,
  hasSortedColumn,
  pickRowsSorted,
} from '@/lib/site-data/predictions/drift-columns'

// A DOM for React only (see use-site-file.test.ts): parquet is read with Node's own Uint8Array
const dom = new JSDOM('<!doctype html><html><body></body></html>')
Object.assign(globalThis, { window: dom.window, document: dom.window.document })
Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true })
const { renderHook } = await import('@testing-library/react')
const { useWarmDriftOrders } = await import('./use-warm-drift-orders')

/** An idle scheduler the test runs by hand: each call queues one step. */
function manualIdle() {
  const queue: (() => void)[] = []
  const idle = (run: () => void) => {
    queue.push(run)
    return () => {
      const i = queue.indexOf(run)
      if (i >= 0) queue.splice(i, 1)
    }
  }
  return { idle, queue }
}

describe('useWarmDriftOrders on the pipeline predictions', () => {
  it('sorts one column per idle step until every drift column of both files is cached', async () => {
    const dev = (await loadPredictionsFile('data/output/predictions_dev.parquet')).data
    const prod = (await loadPredictionsFile('data/output/predictions_prod.parquet')).data
    const columns = [...driftColumnValues(dev), ...driftColumnValues(prod)]
    expect(columns.length).toBeGreaterThanOrEqual(14)
    const { idle, queue } = manualIdle()
    renderHook(() => useWarmDriftOrders([dev, prod], idle))
    let steps = 0
    while (queue.length > 0) {
      queue.shift()!()
      steps++
      expect(columns.filter(hasSortedColumn).length).toBeGreaterThanOrEqual(steps - 1)
    }
    expect(columns.every(hasSortedColumn)).toBe(true)
    // the warmed order gives the filtered column sorted, the same values as picking then sorting
    const period = prod.features.period!
    const some = Uint32Array.from({ length: 500 }, (_, k) => k * 7)
    const expected = Float64Array.from(some, (i) => period[i]!).sort()
    expect(Array.from(pickRowsSorted(period, some))).toEqual(Array.from(expected))
  })

  it('stops when the view goes away', async () => {
    const prod = (await loadPredictionsFile('data/output/predictions_prod.parquet')).data
    const copy = { ...prod, features: { lat: Float64Array.from(prod.features.lat!) } }
    const { idle, queue } = manualIdle()
    const { unmount } = renderHook(() => useWarmDriftOrders([copy, null], idle))
    expect(queue.length).toBe(1)
    unmount()
    expect(queue.length).toBe(0)
    expect(hasSortedColumn(copy.features.lat)).toBe(false)
  })
})
