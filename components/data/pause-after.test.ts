import { describe, expect, it } from 'vitest'
import { pauseAfter } from './pause-after'

describe('pauseAfter', () => {
  it('yields once the budget is spent since the last yield, and not before', async () => {
    let clock = 0
    let yields = 0
    const pause = pauseAfter(
      40,
      async () => {
        yields++
        clock += 5 // the page's own work while it had the thread
      },
      () => clock,
    )
    // steps of 15 ms: the budget of 40 ms is spent after the third
    const spent: number[] = []
    for (let step = 0; step < 9; step++) {
      await pause()
      spent.push(yields)
      clock += 15
    }
    expect(spent).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2])
  })
})
