/**
 * Where a threshold or filter change's repaint goes (not a test): on a site already built in
 * `<folder>/out`, loads one view, lets its rows load, then records a Chromium devtools.timeline
 * trace over `--repeats` changes of each kind (measure-view's timed changes) and prints, per
 * change, the renderer main thread's time by event (script, style, layout, paint…) as self time,
 * wall and thread CPU (the thread's own time, which a loaded machine inflates far less), beside
 * the painted latency of each change and the load average. Two builds compared this way in one
 * session (before/after) differ by what changed, where the painted times on a shared machine
 * mostly differ by the load. `--profile` adds a sampling CPU profile (self time per script, per
 * source file, per function and per outermost caller); with a build made with `SOURCE_MAPS=1`
 * (next.config.mjs) the frames are named by their source file and line (plotly.js/src/…,
 * lib/…). The profiler's own cost lands mostly on native calls (an Intl `format` looked 5×
 * dearer than it is): check a saving it suggests with the thread CPU, without `--profile`.
 *
 *   npx tsx scripts/bench-ui/trace-change.ts <folder holding out/> [--view /performance/] [--repeats 6] [--profile]
 */
import { existsSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { SourceMapConsumer } from 'source-map-js'
import type { CDPSession, Page } from '@playwright/test'
import { TIMED_CHANGE } from './in-page'
import { INTERACTIONS, launch, openSettledView } from './measure-views'
import { serveOut } from './serve'
import { startTrace, type TraceEvent } from './chromium-trace'
import { argNumber } from '../arg-number'

const tree = process.argv[2]
if (!tree || tree.startsWith('--')) throw new Error('usage: trace-change.ts <folder holding out/>')
const repeats = argNumber('repeats', 6)
// a sampling CPU profile names the functions but costs time of its own: off unless asked
const profiling = process.argv.includes('--profile')
const viewAt = process.argv.indexOf('--view')
const view = viewAt > 0 ? process.argv[viewAt + 1]! : '/performance/'
const spec = INTERACTIONS.find((s) => s.view === view)
if (!spec)
  throw new Error(`--view ${view}: measure-views times only ${INTERACTIONS.map((s) => s.view)}`)
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(', ')

/** Self wall and thread time per event name on one thread, from nested complete events. */
function selfTimes(events: TraceEvent[]) {
  const sorted = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const totals = new Map<string, { wall: number; cpu: number; count: number }>()
  const stack: { e: TraceEvent; childWall: number; childCpu: number }[] = []
  const close = (until: number) => {
    while (stack.length > 0) {
      const top = stack.at(-1)!
      if (top.e.ts + (top.e.dur ?? 0) > until) return
      stack.pop()
      const wall = (top.e.dur ?? 0) - top.childWall
      const cpu = (top.e.tdur ?? top.e.dur ?? 0) - top.childCpu
      const t = totals.get(top.e.name) ?? { wall: 0, cpu: 0, count: 0 }
      totals.set(top.e.name, { wall: t.wall + wall, cpu: t.cpu + cpu, count: t.count + 1 })
      const parent = stack.at(-1)
      if (parent) {
        parent.childWall += top.e.dur ?? 0
        parent.childCpu += top.e.tdur ?? top.e.dur ?? 0
      }
    }
  }
  for (const e of sorted) {
    close(e.ts)
    stack.push({ e, childWall: 0, childCpu: 0 })
  }
  close(Infinity)
  return totals
}

async function traced(page: Page, cdp: CDPSession, change: 'threshold' | 'filter') {
  const stop = await startTrace(cdp, [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'toplevel',
  ])
  if (profiling) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
  }
  const values = ['0.3', '0.4', '0.25', '0.35', '0.7', '0.5']
  const painted: number[] = []
  for (let i = 0; i < repeats; i++) {
    const act =
      change === 'threshold'
        ? { kind: 'threshold', value: values[i % values.length] }
        : { kind: 'filter' }
    const args = JSON.stringify({ act, watch: spec![change], timeout: 60_000 })
    const r = (await page.evaluate(`(${TIMED_CHANGE})(${args})`)) as { frame: number } | null
    if (r) painted.push(r.frame)
    await page.waitForTimeout(400)
  }
  const profile = profiling
    ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile
    : null
  const events = await stop()
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid)
  const totals = [...selfTimes(onMain)].sort((a, b) => b[1].cpu - a[1].cpu)
  const all = totals.reduce((s, [, t]) => s + t.cpu, 0)
  console.log(
    `\n${view} ${change}: painted ${painted.map((p) => p.toFixed(0)).join(', ')} ms; ` +
      `main thread per change: ${(all / 1000 / repeats).toFixed(1)} ms thread CPU (load ${load()})`,
  )
  console.log('  cpu ms  wall ms  count  event (self time, per change)')
  for (const [name, t] of totals.slice(0, 12)) {
    console.log(
      `  ${(t.cpu / 1000 / repeats).toFixed(1).padStart(6)}  ${(t.wall / 1000 / repeats).toFixed(1).padStart(7)}  ${(t.count / repeats).toFixed(1).padStart(5)}  ${name}`,
    )
  }
  if (profile) byScript(profile, repeats)
}

interface Profile {
  nodes: {
    id: number
    children?: number[]
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  }[]
  samples: number[]
  timeDeltas: number[]
}

const maps = new Map<string, SourceMapConsumer | null>()
/** The source file and line of a frame of a minified chunk, when the build wrote its map. */
function original(url: string, line: number, column: number): string | null {
  const file = url.split('/').at(-1) ?? ''
  if (!maps.has(file)) {
    const chunks = join(tree!, 'out/_next/static/chunks')
    const script = join(chunks, file)
    const named = existsSync(script)
      ? /sourceMappingURL=(\S+)\s*$/.exec(readFileSync(script, 'utf8').slice(-300))?.[1]
      : undefined
    const path = named ? join(chunks, named) : ''
    maps.set(
      file,
      named && existsSync(path)
        ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8')))
        : null,
    )
  }
  const map = maps.get(file)
  if (!map) return null
  const at = map.originalPositionFor({ line: line + 1, column })
  if (!at.source) return null
  const source = at.source.replace(/^.*node_modules\//, '').replace(/^.*\[project\]\//, '')
  return `${source}:${at.line}`
}

/** The function around a frame: its minified name, or its source and line when mapped. */
function frameKey(f: Profile['nodes'][number]['callFrame'], file: string) {
  const mapped = f.url ? original(f.url, f.lineNumber, f.columnNumber) : null
  return mapped
    ? `${f.functionName || '(anonymous)'} ${mapped}`
    : `${f.functionName || '(anonymous)'} ${file}:${f.columnNumber}`
}

/** Self time (ms) per script file, and per function of the scripts, over one profile. */
function byScript(profile: Profile, changes: number) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const sources = new Map<string, number>()
  const totals = new Map<string, number>()
  const entries = new Map<string, number>()
  const files = new Map<string, number>()
  const fns = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const f = nodes.get(id)?.callFrame
    if (!f || f.functionName === '(idle)' || f.functionName === '(program)') return
    const ms = (profile.timeDeltas[i] ?? 0) / 1000 / changes
    const file = f.url.split('/').at(-1) || f.functionName
    files.set(file, (files.get(file) ?? 0) + ms)
    const fn = frameKey(f, file)
    fns.set(fn, (fns.get(fn) ?? 0) + ms)
    const mapped = f.url ? original(f.url, f.lineNumber, f.columnNumber) : null
    const source = mapped ? mapped.slice(0, mapped.lastIndexOf(':')) : file
    sources.set(source, (sources.get(source) ?? 0) + ms)
    // the outermost script function (who started the work), then the inclusive time per
    // function: each function once per sample, however deep
    let entry = ''
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const frame = nodes.get(up)?.callFrame
      if (frame?.url) entry = frameKey(frame, frame.url.split('/').at(-1) ?? '')
    }
    entries.set(entry, (entries.get(entry) ?? 0) + ms)
    const seen = new Set<string>()
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const frame = nodes.get(up)?.callFrame
      if (!frame || !frame.url) continue
      const key = frameKey(frame, frame.url.split('/').at(-1) ?? '')
      if (seen.has(key)) continue
      seen.add(key)
      totals.set(key, (totals.get(key) ?? 0) + ms)
    }
  })
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n)
  console.log('  CPU profile (wall ms per change, inflated by the profiler, most in native calls):')
  console.log('  JS self ms per change by script file:')
  for (const [k, v] of top(files, 8)) console.log(`    ${v.toFixed(1).padStart(6)}  ${k}`)
  console.log('  … by source file (mapped when the build wrote source maps):')
  for (const [k, v] of top(sources, 25)) console.log(`    ${v.toFixed(1).padStart(6)}  ${k}`)
  console.log('  … by entry (the outermost script function of each sample):')
  for (const [k, v] of top(entries, 15)) console.log(`    ${v.toFixed(1).padStart(6)}  ${k}`)
  console.log('  … by function, self:')
  for (const [k, v] of top(fns, 30)) console.log(`    ${v.toFixed(1).padStart(6)}  ${k}`)
  console.log('  … by function, total (with what it called):')
  for (const [k, v] of top(totals, 60)) console.log(`    ${v.toFixed(1).padStart(6)}  ${k}`)
}

const server = await serveOut(tree)
const browser = await launch()
try {
  console.log(`load average before: ${load()}`)
  const page = await openSettledView(browser, server.base + spec.url)
  const cdp = await page.context().newCDPSession(page)
  for (const change of ['threshold', 'filter'] as const) await traced(page, cdp, change)
  console.log(`load average after: ${load()}`)
} finally {
  await browser.close()
  server.stop()
}
