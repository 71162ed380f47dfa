/**
 * Runs the queued jobs one at a time, each in a task of its own (a `setTimeout` before it), so
 * that work which would otherwise run back to back in one task of the page's main thread (every
 * site file of a project opened in the page is in memory: their parses all started in the
 * microtasks of the commit that asked for them) lets the page paint, answer input and render what
 * the previous job made ready in between. A plain task, not `scheduler.yield`: its continuation
 * would run before the render React scheduled for the previous job's result.
 */
export function onePerTask(
  wait: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): <T>(job: () => T | Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve()
  return <T>(job: () => T | Promise<T>): Promise<T> => {
    const run = queue.then(wait).then(job)
    // a failed job fails its own caller only: the next one still runs
    queue = run.catch(() => undefined)
    return run
  }
}
