import type { CDPSession } from '@playwright/test'

/** One event of a Chromium trace, as the DevTools protocol reports it. */
export interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** the thread's own CPU time: on a loaded machine a task's dur is mostly waiting for a core */
  tdur?: number
  pid: number
  tid: number
  args?: {
    name?: string
    data?: { url?: string; isLoadingMainFrame?: boolean; documentLoaderURL?: string }
  }
}

/** The top-level task events a thread runs: their thread time is that thread's CPU time. */
export const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask'])

/**
 * Starts a trace of `categories` on the page's DevTools session; the returned function ends it
 * and resolves with every event collected.
 */
export async function startTrace(
  cdp: CDPSession,
  categories: string[],
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = []
  const collect = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]))
  cdp.on('Tracing.dataCollected', collect)
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories },
    transferMode: 'ReportEvents',
  })
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
    await cdp.send('Tracing.end')
    await complete
    cdp.off('Tracing.dataCollected', collect)
    return events
  }
}

/** `pid:tid`, the key of a thread in a trace. */
export const threadKey = (e: TraceEvent) => `${e.pid}:${e.tid}`

/** The CPU time in ms of each renderer main thread (CrRendererMain), from its top-level tasks. */
export function mainThreadCpu(events: TraceEvent[]): Map<string, number> {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map(threadKey),
  )
  const cpu = new Map<string, number>()
  for (const e of events) {
    const key = threadKey(e)
    if (e.ph === 'X' && TASKS.has(e.name) && e.tdur !== undefined && mains.has(key))
      cpu.set(key, (cpu.get(key) ?? 0) + e.tdur / 1000)
  }
  return cpu
}
