/** Runs at most `concurrency` tasks at once; the others wait in FIFO order. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>

export function createLimiter(concurrency: number): Limiter {
  let active = 0
  let queue: (() => void)[] = []
  let head = 0
  const release = () => {
    active--
    if (head < queue.length) {
      const start = queue[head++]
      if (head > 1024 && head * 2 > queue.length) {
        queue = queue.slice(head)
        head = 0
      }
      start?.()
    }
  }
  const run = <T>(task: () => Promise<T>): Promise<T> => {
    active++
    let promise: Promise<T>
    try {
      promise = task()
    } catch (error) {
      promise = Promise.reject(error)
    }
    promise.then(release, release)
    return promise
  }
  return <T>(task: () => Promise<T>): Promise<T> => {
    if (active < concurrency) return run(task)
    return new Promise<T>((resolve, reject) => {
      queue.push(() => run(task).then(resolve, reject))
    })
  }
}

/** `Promise.all(items.map(fn))` with at most `concurrency` calls of `fn` pending at once. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
  return results
}
