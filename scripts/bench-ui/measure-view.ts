/**
 * The court's interaction latency alone, on a site already built (e.g. a tree bench:ui --keep
 * left, or any out/): the painted median of threshold and filter changes (measure-views'
 * INTERACTIONS for /court/), then a CPU profile of a few more changes with the functions that
 * took the most self time, to show where a repaint goes. Prints figures, asserts nothing.
 *
 *   npx tsx scripts/bench-ui/measure-court.ts <folder holding out/> [--repeats 7]
 */
import { loadavg } from 'node:os'
import type { CDPSession, Page } from '@playwright/test'
import { CHARTS_READY, TIMED_CHANGE } from './in-page'
import { INTERACTIONS, launch, measureInteractions } from './measure-views'
import { serveOut } from './serve'

const tree = process.argv[2]
if (!tree || tree.startsWith('--')) throw new Error('usage: measure-court.ts <folder holding out/>')
const at = process.argv.indexOf('--repeats')
const repeats = at > 0 ? Number(process.argv[at + 1]) : 7
if (!Number.isInteger(repeats) || repeats <= 0)
  throw new Error('--repeats must be a positive integer')
const court = INTERACTIONS.find((spec) => spec.view === '/court/')
if (!court) throw new Error('measure-views has no /court/ interaction')

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Self time per function (ms) over the samples of one profile, largest first. */
function selfTimes(profile: Profile, top: number): [string, number][] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame
    if (!frame) return
    const file = frame.url.split('/').at(-1) || frame.url
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}:${frame.columnNumber}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top)
}

async function profiled(page: Page, cdp: CDPSession, change: 'threshold' | 'filter') {
  const values = ['0.3', '0.4', '0.25', '0.35']
  await cdp.send('Profiler.start')
  for (const value of values) {
    const act = change === 'threshold' ? { kind: 'threshold', value } : { kind: 'filter' }
    const args = JSON.stringify({ act, watch: court![change], timeout: 60_000 })
    await page.evaluate(`(${TIMED_CHANGE})(${args})`)
    await page.waitForTimeout(150)
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  console.log(`CPU self time over ${values.length} ${change} changes (ms):`)
  for (const [name, ms] of selfTimes(profile, 12))
    console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`)
}

const server = await serveOut(tree)
const browser = await launch()
try {
  console.log(
    `load average before: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(', ')}`,
  )
  INTERACTIONS.splice(0, INTERACTIONS.length, court)
  for (const l of await measureInteractions(browser, server.base, repeats, 120_000, console.log)) {
    console.log(
      `court ${l.change}: painted median ${l.frameMs?.toFixed(0)} ms (commit ${l.commitMs?.toFixed(0)} ms)`,
    )
  }
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 } })
  ).newPage()
  await page.goto(server.base + court.url)
  await page.waitForFunction(`(${CHARTS_READY})()`, undefined, { timeout: 120_000, polling: 'raf' })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await profiled(page, cdp, 'filter')
  await profiled(page, cdp, 'threshold')
  console.log(
    `load average after: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(', ')}`,
  )
} finally {
  await browser.close()
  server.stop()
}
