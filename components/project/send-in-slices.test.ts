import { describe, expect, it } from 'vitest'
import { sendInSlices } from './send-in-slices'

/**
 * A page whose clock only moves when work is done: each item sent costs `cost(i)` ms of the main
 * thread, plus `perMessage` ms per send (postMessage's own overhead). Records the length of every
 * task (the time between two yields) and every range sent.
 */
function simulatedPage(cost: (i: number) => number, perMessage = 0.02) {
  let clock = 0
  let taskStarted = 0
  const tasks: number[] = []
  const ranges: [number, number][] = []
  return {
    tasks,
    ranges,
    send: (from: number, to: number) => {
      ranges.push([from, to])
      clock += perMessage
      for (let i = from; i < to; i++) clock += cost(i)
    },
    now: () => clock,
    yieldToPage: async () => {
      tasks.push(clock - taskStarted)
      clock += 4 // the page paints, answers input
      taskStarted = clock
    },
    end: () => tasks.push(clock - taskStarted),
  }
}

/** Every item in [0, count) sent once, in order. */
function expectEverySentOnce(ranges: [number, number][], count: number) {
  let next = 0
  for (const [from, to] of ranges) {
    expect(from).toBe(next)
    expect(to).toBeGreaterThan(from)
    next = to
  }
  expect(next).toBe(count)
}

describe('sendInSlices', () => {
  // 600 runs of a FileStore are about 12,600 files; cloning one into the worker costs ~0.3 ms
  // (the old code sent a fixed 100 per task: 30 ms per task here, 300 ms at 3 ms a file)
  it.each([
    { cost: 0.3, files: 12_600 },
    { cost: 0.05, files: 12_600 },
    { cost: 3, files: 2_000 },
  ])('keeps every task within the budget at $cost ms a file', async ({ cost, files }) => {
    const page = simulatedPage(() => cost)
    const done = await sendInSlices(files, page.send, { budgetMs: 10, ...page })
    page.end()
    expect(done).toBe(true)
    expectEverySentOnce(page.ranges, files)
    // the budget, plus at most one file's cost and one message's overhead past it
    expect(Math.max(...page.tasks)).toBeLessThanOrEqual(10 + cost + 0.02 + 1e-9)
    // and no task much shorter than it: the page is not yielded to needlessly
    const total = files * cost
    expect(page.tasks.length).toBeLessThanOrEqual(Math.ceil(total / (10 - cost - 0.5)) + 1)
  })

  it('stays near the budget when files cost from 0.1 to 0.6 ms each, in no order', async () => {
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
    const costs = Array.from({ length: 12_600 }, () => 0.1 + 0.5 * random())
    const page = simulatedPage((i) => costs[i]!)
    await sendInSlices(costs.length, page.send, { budgetMs: 10, ...page })
    page.end()
    expectEverySentOnce(page.ranges, costs.length)
    expect(Math.max(...page.tasks)).toBeLessThan(15)
  })

  it('a file dearer than the budget makes one long task, not a dearer estimate after', async () => {
    const page = simulatedPage((i) => (i === 20 ? 40 : 0.2))
    await sendInSlices(2_000, page.send, { budgetMs: 10, ...page })
    page.end()
    expectEverySentOnce(page.ranges, 2_000)
    const long = page.tasks.filter((t) => t > 10.5)
    expect(long).toHaveLength(1)
    expect(long[0]).toBeLessThan(40 + 10 + 0.5)
    // the estimate decays back: the tasks after it are not cut short for the rest of the files
    expect(page.tasks.length).toBeLessThan((2_000 * 0.2 + 40) / 8 + 4)
  })

  it('reports progress at most once per task and stops when cancelled', async () => {
    const page = simulatedPage(() => 0.3)
    const progress: number[] = []
    let stop = false
    const done = await sendInSlices(12_600, page.send, {
      budgetMs: 10,
      ...page,
      onProgress: (sent) => {
        progress.push(sent)
        if (sent >= 3_000) stop = true
      },
      cancelled: () => stop,
    })
    expect(done).toBe(false)
    expect(progress.length).toBe(page.tasks.length)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    const sent = page.ranges.at(-1)![1]
    expect(sent).toBeGreaterThanOrEqual(3_000)
    expect(sent).toBeLessThan(3_000 + 10 / 0.3 + 1)
  })
})
