/**
 * Where a cold load's first paint goes (not a test): loads one URL in a fresh context with a
 * Chromium devtools.timeline trace (CDP Tracing) and prints, from navigation start, the HTML
 * request, the renderer main thread's parse, style, layout, paint and script tasks, the raster
 * tasks and the first contentful paint. Writes the whole trace for chrome://tracing or Perfetto.
 *
 *   npx tsx scripts/bench-ui/trace-first-paint.ts http://127.0.0.1:3000/drift/ [trace.json]
 */
import { writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, systemChromium } from '../../lib/reporting/find-chromium'
import { startTrace, type TraceEvent } from './chromium-trace'

const MAIN_THREAD = new Set([
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'EvaluateScript',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Commit',
])

const url = process.argv[2]
if (!url) throw new Error('usage: trace-first-paint.ts <url> [trace.json]')
const out = process.argv[3] ?? 'first-paint-trace.json'

const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS })
let events: TraceEvent[] = []
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const stop = await startTrace(cdp, [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'loading',
    'navigation',
    'blink.user_timing',
  ])
  await page.goto(url)
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length)
  events = await stop()
} finally {
  await browser.close()
}
writeFileSync(out, JSON.stringify(events))

const start = events.find(
  (e) =>
    e.name === 'navigationStart' &&
    e.args?.data?.isLoadingMainFrame &&
    e.args.data.documentLoaderURL?.startsWith('http'),
)
const fcp = events.find((e) => e.name === 'firstContentfulPaint')
if (!start || !fcp) throw new Error(`${url}: the trace holds no navigation start or first paint`)
const at = (ts: number) => ((ts - start.ts) / 1000).toFixed(1).padStart(7)
const shown = events
  .filter((e) => e.ts >= start.ts && e.ts <= fcp.ts)
  .filter(
    (e) =>
      (e.name === 'ResourceSendRequest' && e.args?.data?.url?.startsWith('http')) ||
      (e.ph === 'X' && e.pid === fcp.pid && e.tid === fcp.tid && MAIN_THREAD.has(e.name)) ||
      (e.ph === 'X' && e.pid === fcp.pid && e.name === 'RasterTask'),
  )
  .sort((a, b) => a.ts - b.ts)
console.log(`${url}: first contentful paint ${at(fcp.ts).trim()} ms after navigation start`)
console.log('     ms   dur ms   cpu ms  event')
let raster = 0
let rasterCpu = 0
const ms = (us: number | undefined) => (us === undefined ? '' : (us / 1000).toFixed(1))
for (const e of shown) {
  if (e.name === 'RasterTask') {
    raster += e.dur ?? 0
    rasterCpu += e.tdur ?? 0
    continue
  }
  const where = (e.args?.data?.url ?? '').replace(/^https?:\/\/[^/]+/, '')
  console.log(
    `${at(e.ts)}  ${ms(e.dur).padStart(6)}  ${ms(e.tdur).padStart(7)}  ${e.name} ${where}`,
  )
}
// every top-level task of the renderer's main thread, not only the events listed above
const tasks = events.filter(
  (e) =>
    e.name === 'RunTask' &&
    e.ph === 'X' &&
    e.pid === fcp.pid &&
    e.tid === fcp.tid &&
    e.ts >= start.ts &&
    e.ts <= fcp.ts,
)
const sum = (list: TraceEvent[], key: 'dur' | 'tdur') => list.reduce((s, e) => s + (e[key] ?? 0), 0)
console.log(
  `main thread before the first paint: ${ms(sum(tasks, 'dur'))} ms in tasks, ${ms(sum(tasks, 'tdur'))} ms of it on a core; ` +
    `raster tasks (worker threads): ${ms(raster)} ms, ${ms(rasterCpu)} ms on a core`,
)
console.log(`trace written to ${out}`)
