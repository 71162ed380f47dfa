/** How sendInSlices keeps the page answering: its clock, its yield and its budget per task. */
export interface SliceOptions {
  /** main-thread time one task may spend before yielding, ms */
  budgetMs: number
  /** a clock in ms (performance.now in the page) */
  now: () => number
  /** lets the page paint and answer input (yieldToPage in the page) */
  yieldToPage: () => Promise<void>
  /** told how many items are sent, at most once per task */
  onProgress?: (sent: number) => void
  /** checked before each send: true stops (a newer project was opened) */
  cancelled?: () => boolean
}

/**
 * Calls `send(from, to)` over `[0, count)` in consecutive ranges, yielding to the page whenever a
 * task has spent its budget, so no task of the page's main thread lasts much longer than
 * `budgetMs` whatever one item costs (cloning a File into the worker costs from 0.05 to a few ms
 * depending on the machine and the file). The range size follows the measured cost per item:
 * one item first, then at most twice the previous range, as many as the rest of the task's budget
 * allows. Resolves true once every
 * item is sent, false when cancelled.
 */
export async function sendInSlices(
  count: number,
  send: (from: number, to: number) => void,
  options: SliceOptions,
): Promise<boolean> {
  const { budgetMs, now } = options
  // cost per item: unknown until measured (one item first), then the latest range's cost or,
  // when that is lower, a slowly decaying maximum (a dearer range never repeats its overshoot)
  let perItem = budgetMs
  let last = 0 // the previous range's size: a range is at most twice it, so the cost is learnt
  let taskStarted = now()
  let at = 0
  while (at < count) {
    if (options.cancelled?.()) return false
    const left = budgetMs - (now() - taskStarted)
    if (left <= 0) {
      options.onProgress?.(at)
      await options.yieldToPage()
      if (options.cancelled?.()) return false
      taskStarted = now()
      continue
    }
    const size = Math.max(1, Math.min(count - at, 2 * last, Math.floor(left / perItem)))
    last = size
    const started = now()
    send(at, at + size)
    const cost = Math.max((now() - started) / size, budgetMs / 10_000) // a coarse clock reads 0
    perItem = at === 0 ? cost : Math.max(cost, perItem * 0.9)
    at += size
  }
  options.onProgress?.(at)
  return true
}

/** Lets the page paint and answer input: scheduler.yield where there is one, else a task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield.call(scheduler)
  return new Promise((resolve) => setTimeout(resolve, 0))
}
