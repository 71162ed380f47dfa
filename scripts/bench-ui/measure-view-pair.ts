/**
 * Two built sites (before and after a change), one view, compared in one browser with their
 * changes interleaved (a, b, b, a, …), so a machine whose load moves between runs hits both
 * alike: per URL and change kind, the painted median and the median main-thread CPU time of one
 * change (a Chromium trace's thread time of the renderer's top-level tasks). Prints figures,
 * asserts nothing. `--port N` serves the two sites on N and N + 1 (else free ports). The view is
 * `--view`'s, else the first `--url`'s path, else the court.
 *
 *   npx tsx scripts/bench-ui/measure-view-pair.ts <before folder> <after folder> [--view /court/] [--repeats 9] [--url …]
 */
import { loadavg } from 'node:os'
import type { CDPSession, Page } from '@playwright/test'
import { TIMED_CHANGE } from './in-page'
import { mainThreadCpu, startTrace } from './chromium-trace'
import { COURT_POINTS_URL, INTERACTIONS, launch, openSettledView } from './measure-views'
import { serveOut } from './serve'
import { argNumber } from '../arg-number'

const [before, after] = process.argv.slice(2)
if (!before || !after || after.startsWith('--'))
  throw new Error('usage: measure-view-pair.ts <before folder> <after folder> [--repeats N]')
const repeats = argNumber('repeats', 9)
const port = argNumber('port', 0)
const given = process.argv.flatMap((arg, i) =>
  arg === '--url' && process.argv[i + 1] ? [process.argv[i + 1]!] : [],
)
// without --view, the view of the first --url (a /performance/ URL once watched the court's map
// and printed no frame), else the court
const viewAt = process.argv.indexOf('--view')
const path = (url: string) => new URL(url, 'http://localhost').pathname
const view =
  viewAt > 0
    ? process.argv[viewAt + 1]
    : given.length > 0
      ? INTERACTIONS.map((s) => s.view).find((v) => path(given[0]!) === v)
      : '/court/'
const spec = INTERACTIONS.find((s) => s.view === view)
if (!spec)
  throw new Error(
    `--view ${view ?? path(given[0]!)}: measure-views times only ${INTERACTIONS.map((s) => s.view)}`,
  )
const urls =
  given.length > 0 ? given : view === '/court/' ? [spec.url, COURT_POINTS_URL] : [spec.url]

/** One change on a page: its painted time and the busiest renderer main thread's CPU time. */
async function tracedChange(page: Page, cdp: CDPSession, act: object, watch: object) {
  const stop = await startTrace(cdp, ['toplevel', '__metadata'])
  const args = JSON.stringify({ act, watch, timeout: 60_000 })
  const timed = (await page.evaluate(`(${TIMED_CHANGE})(${args})`)) as { frame: number } | null
  await page.waitForTimeout(100)
  const cpu = mainThreadCpu(await stop())
  return { frame: timed?.frame ?? null, cpu: Math.max(0, ...cpu.values()) }
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(', ')

if (port) process.env.BENCH_PORT = String(port)
const servers = [await serveOut(before)]
if (port) process.env.BENCH_PORT = String(port + 1)
servers.push(await serveOut(after))
const browser = await launch()
try {
  console.log(`load average before: ${load()}`)
  for (const url of urls) {
    const pages = await Promise.all(
      servers.map(async (server) => {
        const page = await openSettledView(browser, server.base + url, 0)
        return { page, cdp: await page.context().newCDPSession(page) }
      }),
    )
    await pages[0]!.page.waitForTimeout(3000)
    const thresholds = ['0.3', '0.35', '0.25', '0.32', '0.28', '0.4', '0.22']
    for (const change of ['filter', 'threshold'] as const) {
      const watch = spec[change]
      if (!watch) continue
      const got = pages.map(() => ({ frame: [] as number[], cpu: [] as number[] }))
      for (let i = 0; i < repeats; i++) {
        const act =
          change === 'threshold'
            ? { kind: 'threshold', value: thresholds[i % thresholds.length] }
            : { kind: 'filter' }
        // a, b then b, a: neither site always goes first
        const order = i % 2 === 0 ? [0, 1] : [1, 0]
        for (const k of order) {
          const { page, cdp } = pages[k]!
          const r = await tracedChange(page, cdp, act, watch)
          if (r.frame !== null) got[k]!.frame.push(r.frame)
          got[k]!.cpu.push(r.cpu)
          await page.waitForTimeout(100)
        }
      }
      const [a, b] = got.map(
        (g) => `painted ${median(g.frame).toFixed(0)} ms, CPU ${median(g.cpu).toFixed(1)} ms`,
      )
      console.log(`${url} ${change} (median of ${repeats}): before ${a} | after ${b}`)
    }
    await Promise.all(pages.map(({ page }) => page.context().close()))
  }
  console.log(`load average after: ${load()}`)
} finally {
  await browser.close()
  for (const s of servers) s.stop()
}
