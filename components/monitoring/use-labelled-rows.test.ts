import { fileURLToPath } from 'node:url'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import { binaryClfCurve } from '@/lib/metrics/binary-clf-curve'
import { thresholdOptima } from '@/lib/monitoring/threshold-optimum'
import { loadPredictionsFile } from '@/lib/predictions/load-predictions'
import { filterIndices } from '@/lib/site-data/predictions/filter-indices'
import { DEFAULT_URL_STATE } from '@/lib/url-state/url-state'

// A DOM for React only (see use-site-file.test.ts)
const dom = new JSDOM('<!doctype html><html><body></body></html>')
Object.assign(globalThis, { window: dom.window, document: dom.window.document })
Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true })
const { renderHook } = await import('@testing-library/react')
const { useLabelledRows } = await import('./use-labelled-rows')

const PROD = fileURLToPath(new URL('../../data/output/predictions_prod.parquet', import.meta.url))

describe('useLabelledRows on the Kobe prod predictions', () => {
  it('gives the labelled filtered shots and the same curve and optima as sorting them', async () => {
    const loaded = await loadPredictionsFile(PROD)
    const meta = {} as FilteredDataset['meta']
    const results: number[] = []
    for (const period of [[], [1], [3, 4]]) {
      const indices = filterIndices(loaded.data, { ...DEFAULT_URL_STATE, period })
      const dataset = {
        status: 'ready' as const,
        value: { name: 'prod' as const, meta, loaded, indices },
      }
      const { result } = renderHook(() => useLabelledRows(dataset))
      const rows = result.current!
      const reference = binaryClfCurve(rows.y, rows.p)
      expect(rows.curve!.thresholds).toEqual(reference.thresholds)
      expect(rows.curve!.tps).toEqual(reference.tps)
      expect(rows.curve!.fps).toEqual(reference.fps)
      const optima = thresholdOptima(rows.y, rows.p, undefined, 'prod', rows.curve!)
      expect(optima).toEqual(thresholdOptima(rows.y, rows.p, undefined, 'prod'))
      results.push(rows.y.length)
    }
    expect(results[0]).toBe(5412)
    expect(results[1]).toBe(1116) // the Q1 labelled prod shots of the court e2e test
    expect(results[2]! > 0 && results[2]! < 5412).toBe(true)
  })

  it('is null until the rows are loaded', () => {
    const { result } = renderHook(() => useLabelledRows({ status: 'loading' }))
    expect(result.current).toBeNull()
  })
})
