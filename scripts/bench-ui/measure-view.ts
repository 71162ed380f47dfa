/**
 * One view's interaction latency alone, on a site already built (e.g. a tree bench:ui --keep
 * or build-generated-tree.ts left, or any out/): the painted median of threshold and filter
 * changes (measure-views' INTERACTIONS for `--view`, default /court/), then a CPU profile of a
 * few more changes with the functions that took the most self time, to show where a repaint
 * goes. Prints figures, asserts nothing. The court is measured at its default URL (hexagons
 * above POINT_CAP shots) and in the points mode (`map_mode=points`); `--url` (repeatable) names
 * other URLs of the view. `--attr data-drawn` watches that attribute for the filter change
 * instead of the view's own (for a court built before maps had data-shots).
 *
 *   npx tsx scripts/bench-ui/measure-view.ts <folder holding out/> [--view /performance/] [--repeats 7] [--url /court/?…]
 */
import { loadavg } from 'node:os'
import type { CDPSession, Page } from '@playwright/test'
import { TIMED_CHANGE } from './in-page'
import { mainThreadCpu, startTrace, TASKS, threadKey } from './chromium-trace'
import {
  COURT_POINTS_URL,
  INTERACTIONS,
  launch,
  openSettledView,
  measureInteractions,
} from './measure-views'
import { serveOut } from './serve'
import { argNumber } from '../arg-number'
import type { Profile, ProfileNode } from './cpu-profile'

const tree = process.argv[2]
if (!tree || tree.startsWith('--')) throw new Error('usage: measure-view.ts <folder holding out/>')
const repeats = argNumber('repeats', 7)
const viewAt = process.argv.indexOf('--view')
const view = viewAt > 0 ? process.argv[viewAt + 1] : '/court/'
const found = INTERACTIONS.find((s) => s.view === view)
if (!found) {
  const known = INTERACTIONS.map((s) => s.view).join(', ')
  throw new Error(`--view ${view}: measure-views times only ${known}`)
}
const attrAt = process.argv.indexOf('--attr')
const spec = {
  ...found,
  filter: { ...found.filter, attr: attrAt > 0 ? process.argv[attrAt + 1] : found.filter.attr },
}
const given = process.argv.flatMap((arg, i) =>
  arg === '--url' && process.argv[i + 1] ? [process.argv[i + 1]!] : [],
)
const urls =
  given.length > 0 ? given : view === '/court/' ? [spec.url, COURT_POINTS_URL] : [spec.url]

const frameName = ({ callFrame: f }: ProfileNode) =>
  `${f.functionName || '(anonymous)'} ${f.url.split('/').at(-1) || f.url}:${f.lineNumber}:${f.columnNumber}`
const IDLE = new Set(['(idle)', '(program)', '(garbage collector)', '(root)'])

/**
 * Self time (ms) over the samples of one profile, largest first: per function, and per call
 * chain of a script function with its `depth` callers (who asked for the time).
 */
function selfTimes(profile: Profile, top: number, depth = 3) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map<string, number>()
  const chains = new Map<string, number>()
  const add = (map: Map<string, number>, key: string, ms: number) =>
    map.set(key, (map.get(key) ?? 0) + ms)
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id)
    if (!node) return
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    add(self, frameName(node), ms)
    if (IDLE.has(node.callFrame.functionName)) return
    const chain = [frameName(node)]
    for (let up = parent.get(id); up !== undefined && chain.length <= depth; up = parent.get(up))
      chain.push(frameName(nodes.get(up)!))
    add(chains, chain.join(' <- '), ms)
  })
  const largest = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top)
  return { self: largest(self), chains: largest(chains) }
}

async function profiled(page: Page, cdp: CDPSession, change: 'threshold' | 'filter') {
  const values = ['0.3', '0.4', '0.25', '0.35']
  await cdp.send('Profiler.start')
  for (const value of values) {
    const act = change === 'threshold' ? { kind: 'threshold', value } : { kind: 'filter' }
    const args = JSON.stringify({ act, watch: spec[change], timeout: 60_000 })
    await page.evaluate(`(${TIMED_CHANGE})(${args})`)
    await page.waitForTimeout(150)
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  const { self, chains } = selfTimes(profile, 12)
  console.log(`CPU self time over ${values.length} ${change} changes (ms):`)
  for (const [name, ms] of self) console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`)
  console.log(`… by call chain (function <- its callers):`)
  for (const [name, ms] of chains) console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`)
}

/**
 * The renderer main thread's CPU time per change (the trace's thread durations of its top-level
 * tasks: script, style, layout, paint, GC), which a loaded machine stretches far less than the
 * wall clock: the figure to compare before and after when others share the cores.
 */
async function changeCpu(page: Page, cdp: CDPSession, change: 'threshold' | 'filter') {
  const values = ['0.3', '0.4', '0.25', '0.35']
  const stop = await startTrace(cdp, ['toplevel', 'devtools.timeline', '__metadata'])
  for (const value of values) {
    const act = change === 'threshold' ? { kind: 'threshold', value } : { kind: 'filter' }
    const args = JSON.stringify({ act, watch: spec[change], timeout: 60_000 })
    await page.evaluate(`(${TIMED_CHANGE})(${args})`)
    await page.waitForTimeout(150)
  }
  const events = await stop()
  const cpu = mainThreadCpu(events)
  // the page's renderer is the busiest main thread
  const [main, busiest] = [...cpu].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0])
  console.log(
    `${view} ${change}: main-thread CPU ${(busiest / values.length).toFixed(1)} ms per change (mean of ${values.length}, trace thread time)`,
  )
  // what that time was spent on (events nest: a script call holds the layout it forced)
  const kinds = new Map<string, number>()
  for (const e of events) {
    if (e.ph !== 'X' || e.tdur === undefined || threadKey(e) !== main || TASKS.has(e.name)) continue
    kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.tdur / 1000 / values.length)
  }
  const top = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 10)
  console.log(
    `  of which (ms per change): ${top.map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ')}`,
  )
}

const server = await serveOut(tree)
const browser = await launch()
try {
  console.log(
    `load average before: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(', ')}`,
  )
  for (const url of urls) {
    console.log(`\n${url}`)
    INTERACTIONS.splice(0, INTERACTIONS.length, { ...spec, url })
    const latencies = await measureInteractions(browser, server.base, repeats, 120_000, console.log)
    for (const l of latencies) {
      console.log(
        `${view} ${l.change}: painted median ${l.frameMs?.toFixed(0)} ms (commit ${l.commitMs?.toFixed(0)} ms)`,
      )
    }
    const page = await openSettledView(browser, server.base + url)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await profiled(page, cdp, 'filter')
    if (spec.threshold) await profiled(page, cdp, 'threshold')
    await changeCpu(page, cdp, 'filter')
    if (spec.threshold) await changeCpu(page, cdp, 'threshold')
    await page.context().close()
  }
  console.log(
    `load average after: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(', ')}`,
  )
} finally {
  await browser.close()
  server.stop()
}
