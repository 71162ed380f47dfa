/**
 * Two ways for Plotly to redraw the performance view's ROC and precision–recall charts after a
 * filter change, outside the page (not a test): takes both charts' figures from a built site
 * (`<folder>/out`) with all rows and with the Q1 filter, redraws them alternately in a blank page
 * with plotly.js's full bundle, and prints each way's main-thread CPU per update of the two charts
 * (from a Chromium trace, rounds interleaved), its full `_doPlot` count, and whether its legend
 * text and curves' SVG paths end as `Plotly.react` draws them.
 *
 * - `react`: `Plotly.react`, as `components/plot/PlotlyFigure.tsx` does (a full `_doPlot`);
 * - `animate`: `Plotly.animate` with `redraw: false` (traces only), then `Plotly.relayout` of the
 *   shapes and `showlegend`, which redraws the legend with the new names (AUC, AP).
 *
 *   npx tsx scripts/bench-ui/compare-plotly-updates.ts <folder holding out/> [--rounds 3]
 */
import { loadavg } from 'node:os'
import { TIMED_CHANGE } from './in-page'
import { INTERACTIONS, launch, openSettledView } from './measure-views'
import { serveOut } from './serve'
import { startTrace } from './chromium-trace'
import { argNumber } from '../arg-number'

const tree = process.argv[2]
if (!tree || tree.startsWith('--')) throw new Error('usage: compare-plotly-updates.ts <folder>')
const rounds = argNumber('rounds', 3)
const UPDATES = 10
const spec = INTERACTIONS.find((s) => s.view === '/performance/')!
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(', ')

// the first two charts of the view (ROC, precision–recall), as plain JSON
const GRAB = `(() => [...document.querySelectorAll('.js-plotly-plot')].slice(0, 2).map((gd) =>
  JSON.parse(JSON.stringify({
    data: gd.data.map((t) => ({ ...t, x: Array.from(t.x), y: Array.from(t.y) })),
    layout: gd.layout,
  }))))()`

const RUN = `(async ({ all, q1, rounds, updates }) => {
  const P = window.Plotly
  const copy = (f) => ({ data: f.data.map((t) => ({ ...t })), layout: { ...f.layout } })
  const ways = {
    react: (gd, f) => P.react(gd, f.data, f.layout),
    animate: async (gd, f) => {
      const traces = f.data.map((_, i) => i)
      await P.animate(gd, { data: f.data, traces, layout: {} }, {
        transition: { duration: 0 }, frame: { duration: 0, redraw: false }, mode: 'immediate',
      })
      await P.relayout(gd, { shapes: f.layout.shapes, showlegend: gd._fullLayout.showlegend })
    },
  }
  const charts = {}
  const doPlots = {}
  for (const way of Object.keys(ways)) {
    doPlots[way] = 0
    charts[way] = []
    for (const figure of all) {
      const gd = document.createElement('div')
      document.body.appendChild(gd)
      const f = copy(figure)
      await P.newPlot(gd, f.data, f.layout)
      gd.on('plotly_beforeplot', () => { doPlots[way]++ })
      charts[way].push(gd)
    }
  }
  for (let round = 0; round < rounds; round++) {
    for (const [way, update] of Object.entries(ways)) {
      performance.mark('start:' + way)
      for (let i = 0; i < updates; i++) {
        const figures = i % 2 ? all : q1
        await new Promise((r) => setTimeout(r, 20))
        for (let k = 0; k < figures.length; k++) await update(charts[way][k], copy(figures[k]))
        charts[way][0].getBoundingClientRect()
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)))
      }
      performance.mark('end:' + way)
    }
  }
  const drawn = (gd) => ({
    legend: gd.querySelector('.legend')?.textContent,
    paths: [...gd.querySelectorAll('.scatterlayer path.js-line')].map((p) => p.getAttribute('d')),
    shapes: [...gd.querySelectorAll('.shapelayer path')].map((p) => p.getAttribute('d')),
  })
  const same = {}
  for (const way of Object.keys(ways)) {
    same[way] = charts[way].every((gd, k) =>
      JSON.stringify(drawn(gd)) === JSON.stringify(drawn(charts.react[k])))
  }
  return { doPlots, same }
})`

const server = await serveOut(tree)
const browser = await launch()
try {
  console.log(`load average before: ${load()}`)
  const page = await openSettledView(browser, server.base + spec.url, 2000)
  const all = await page.evaluate(GRAB)
  const act = { act: { kind: 'filter' }, watch: spec.filter, timeout: 60_000 }
  await page.evaluate(`(${TIMED_CHANGE})(${JSON.stringify(act)})`)
  await page.waitForTimeout(1000)
  const q1 = await page.evaluate(GRAB)
  await page.setContent('<!doctype html><html><body style="width:1200px"></body></html>')
  await page.addScriptTag({ path: 'node_modules/plotly.js/dist/plotly.min.js' })

  const cdp = await page.context().newCDPSession(page)
  const stop = await startTrace(cdp, ['toplevel', 'blink.user_timing'])
  const result = (await page.evaluate(
    `(${RUN})(${JSON.stringify({ all, q1, rounds, updates: UPDATES })})`,
  )) as { doPlots: Record<string, number>; same: Record<string, boolean> }
  const events = await stop()

  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (!main) throw new Error('the trace names no renderer main thread')
  const tasks = events.filter(
    (e) =>
      e.pid === main.pid &&
      e.tid === main.tid &&
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask',
  )
  const cpu = new Map<string, number[]>()
  for (const start of events.filter((e) => e.name.startsWith('start:'))) {
    const way = start.name.slice('start:'.length)
    const end = events.find((e) => e.name === `end:${way}` && e.ts > start.ts)
    if (!end) continue
    const us = tasks
      .filter((t) => t.ts >= start.ts && t.ts < end.ts)
      .reduce((s, t) => s + (t.tdur ?? 0), 0)
    cpu.set(way, [...(cpu.get(way) ?? []), us / 1000 / UPDATES])
  }
  for (const [way, rounds] of cpu) {
    console.log(
      `${way}: ${rounds.map((ms) => ms.toFixed(1)).join(', ')} ms main-thread CPU per update of ` +
        `both charts; ${result.doPlots[way]} full redraws; drawn as Plotly.react draws: ${result.same[way]}`,
    )
  }
  console.log(`load average after: ${load()}`)
} finally {
  await browser.close()
  server.stop()
}
