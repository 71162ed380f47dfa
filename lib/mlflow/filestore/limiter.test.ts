import { describe, expect, it } from 'vitest'
import { createLimiter, mapWithConcurrency } from './limiter'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('createLimiter', () => {
  it('never runs more than the limit at once and keeps results and errors', async () => {
    const limit = createLimiter(3)
    let active = 0
    let peak = 0
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        limit(async () => {
          active++
          peak = Math.max(peak, active)
          await tick()
          active--
          if (i === 7) throw new Error('task 7 failed')
          return i * 2
        }),
      ),
    )
    expect(peak).toBe(3)
    expect(results[7]).toEqual({ status: 'rejected', reason: new Error('task 7 failed') })
    expect(results[19]).toEqual({ status: 'fulfilled', value: 38 })
  })
})

describe('mapWithConcurrency', () => {
  it('keeps input order with a bounded number of pending calls', async () => {
    let active = 0
    let peak = 0
    const out = await mapWithConcurrency([5, 1, 4, 2, 3], 2, async (n) => {
      active++
      peak = Math.max(peak, active)
      await new Promise((resolve) => setTimeout(resolve, n))
      active--
      return n * 10
    })
    expect(out).toEqual([50, 10, 40, 20, 30])
    expect(peak).toBe(2)
  })
})
