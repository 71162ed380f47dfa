/**
 * First paint per view against an empty Next.js static page built and served the same way
 * (next build with output: 'export', sirv, cold browser context): the first contentful paint,
 * the paint of the view's first numbers (the overview's verdict, drift's verdict, the
 * performance headline, the timeline's chunk table, the runs count) and of its first drawn
 * chart. The first numbers' paint is the render time Chromium's Element Timing API reports for
 * the first frame that shows any of their text (the init script marks the element and its
 * descendants with `elementtiming` as the parser or React inserts them): the presentation time
 * of that frame, on the same clock and in the same sense as the first contentful paint. Where no
 * entry comes, and for the chart, an element's paint is the later of the first contentful paint
 * and the frame after it enters the DOM (a MutationObserver, then requestAnimationFrame and a
 * task: the frame that shows it has been painted). `FIRST_PAINT_DEBUG=1` prints both timings of
 * the numbers for each load (the second runs late by up to a frame and the presentation).
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { runMeasured } from './run-measured'

/** The element holding each view's first numbers; views without one time only their chart. */
export const FIRST_NUMBERS: Record<string, string | null> = {
  '/': '[data-testid="health-verdict"]',
  '/court/': null,
  '/performance/': '[data-testid="performance-headline"]',
  '/drift/': '[data-testid="drift-verdict"]',
  '/timeline/': '[data-testid="chunk-table"]',
  '/runs/': '[data-testid="runs-count"]',
  '/what-if/': null,
}

/** Views that draw a chart on their default URL (the runs view draws one only for a run). */
const DRAWS = new Set(['/', '/court/', '/performance/', '/drift/', '/timeline/', '/what-if/'])

export interface FirstPaint {
  view: string
  /** medians over the loads, ms from navigation start; null: never within the timeout */
  fcpMs: number | null
  numbersMs: number | null
  chartMs: number | null
  loads: number
}

const median = (values: (number | null)[]): number | null => {
  const s = values.filter((v): v is number => v !== null).sort((a, b) => a - b)
  if (s.length === 0) return null
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

// source text (see in-page.ts): records when the watched selectors first show up, painted
const WATCH = `(selectors) => {
  const seen = {}
  window.__firstPaint = seen
  const painted = (key) => requestAnimationFrame(() => setTimeout(() => { seen[key] = performance.now() }, 0))
  const mark = (element, key) => {
    if (!element.hasAttribute('elementtiming')) element.setAttribute('elementtiming', key)
    for (const child of element.querySelectorAll(':not([elementtiming])')) child.setAttribute('elementtiming', key)
  }
  const check = () => {
    for (const [key, selector] of Object.entries(selectors)) {
      const element = selector && !(key + 'Element' in seen) ? document.querySelector(selector) : null
      if (element && key === 'numbers') mark(element, key)
      if (element && !(key in seen) && !seen['pending:' + key]) {
        seen['pending:' + key] = true
        painted(key)
      }
    }
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') seen.fcp = e.startTime
  }).observe({ type: 'paint', buffered: true })
  // the first frame presenting any of the numbers' text (Element Timing: renderTime)
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const at = e.renderTime || e.loadTime
      if (e.identifier === 'numbers' && at && !(seen.numbersElement <= at)) seen.numbersElement = at
    }
  }).observe({ type: 'element', buffered: true })
}`

async function loadOnce(
  browser: Browser,
  url: string,
  numbers: string | null,
  charts: boolean,
  timeout: number,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    const selectors = { numbers, chart: 'figure[data-ready="true"]' }
    await page.addInitScript(`(${WATCH})(${JSON.stringify(selectors)})`)
    await page.goto(url, { timeout })
    const wanted = ['fcp', ...(numbers ? ['numbers'] : [])]
    // the paint entry read directly too: an observer's callback may come late on an idle page
    const done = `(() => {
      const seen = window.__firstPaint || {}
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]
      if (fcp) seen.fcp = fcp.startTime
      return ${JSON.stringify(wanted)}.every((k) => k in seen)
    })()`
    await page.waitForFunction(done, undefined, { timeout, polling: 100 }).catch(() => undefined)
    // the numbers' Element Timing entry, dispatched once their frame is presented (up to 2 s more)
    if (numbers)
      await page
        .waitForFunction(`'numbersElement' in (window.__firstPaint || {})`, undefined, {
          timeout: 2000,
          polling: 50,
        })
        .catch(() => undefined)
    // the first chart, when the view draws one (up to 30 s)
    if (charts)
      await page
        .waitForFunction(`'chart' in (window.__firstPaint || {})`, undefined, {
          timeout: Math.min(timeout, 30_000),
          polling: 100,
        })
        .catch(() => undefined)
    const seen = (await page.evaluate('window.__firstPaint')) as Record<string, number>
    const fcp = seen.fcp ?? null
    const after = (key: string) =>
      seen[key] === undefined ? null : fcp === null ? seen[key]! : Math.max(fcp, seen[key]!)
    if (process.env.FIRST_PAINT_DEBUG)
      console.error(
        `${url}: fcp ${fcp}, numbers by Element Timing ${seen.numbersElement}, by the frame after insertion ${after('numbers')}`,
      )
    return { fcp, numbers: seen.numbersElement ?? after('numbers'), chart: after('chart') }
  } finally {
    await context.close()
  }
}

export async function measureFirstPaint(
  browser: Browser,
  base: string,
  views: readonly string[],
  loads: number,
  timeout: number,
  /** true for the empty page: no numbers and no chart to wait for */
  reference = false,
  /** false: time the first paint and the numbers only (chartMs null), without waiting for a chart */
  charts = true,
): Promise<FirstPaint[]> {
  const out: FirstPaint[] = []
  for (const view of views) {
    const samples = []
    for (let i = 0; i < loads; i++) {
      samples.push(
        await loadOnce(
          browser,
          base + view,
          reference ? null : (FIRST_NUMBERS[view] ?? null),
          charts && !reference && DRAWS.has(view),
          timeout,
        ),
      )
    }
    out.push({
      view,
      fcpMs: median(samples.map((s) => s.fcp)),
      numbersMs: median(samples.map((s) => s.numbers)),
      chartMs: median(samples.map((s) => s.chart)),
      loads,
    })
  }
  return out
}

/**
 * A Next.js static export with one empty page, built with this project's Next.js (node_modules
 * symlinked; `turbopackRoot` lets turbopack follow the link): the reference for first paint.
 */
export async function buildEmptyNextSite(
  work: string,
  nodeModules: string,
  turbopackRoot: string,
): Promise<string> {
  const tree = join(work, 'empty-next')
  rmSync(tree, { recursive: true, force: true })
  mkdirSync(join(tree, 'app'), { recursive: true })
  symlinkSync(nodeModules, join(tree, 'node_modules'), 'dir')
  writeFileSync(join(tree, 'package.json'), '{ "private": true, "type": "module" }\n')
  writeFileSync(
    join(tree, 'next.config.mjs'),
    `export default { output: 'export', trailingSlash: true, turbopack: { root: ${JSON.stringify(turbopackRoot)} } }\n`,
  )
  writeFileSync(
    join(tree, 'app/layout.tsx'),
    `export default function Layout({ children }: { children: React.ReactNode }) {\n  return <html lang="en"><body>{children}</body></html>\n}\n`,
  )
  writeFileSync(
    join(tree, 'app/page.tsx'),
    `export default function Page() {\n  return <p>Empty page</p>\n}\n`,
  )
  const built = await runMeasured([join(tree, 'node_modules', '.bin', 'next'), 'build'], {
    cwd: tree,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    echo: () => undefined,
  })
  if (built.exitCode !== 0) throw new Error(`empty Next.js page: next build failed:\n${built.tail}`)
  return tree
}

/** The figures beside the empty page's, with the 1.5× target on the first numbers. */
export function formatFirstPaint(label: string, empty: FirstPaint, views: FirstPaint[]): string {
  const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v)} ms`)
  const ref = empty.fcpMs
  const lines = [
    `first paint [${label}] (median of ${empty.loads} cold loads; empty Next.js page: first paint ${ms(ref)}, target for the first numbers ≤ 1.5× = ${ms(ref === null ? null : ref * 1.5)})`,
    'view            first paint   first numbers   × empty   first chart',
  ]
  for (const v of views) {
    const ratio = v.numbersMs !== null && ref ? (v.numbersMs / ref).toFixed(2) : '–'
    const met = v.numbersMs !== null && ref ? (v.numbersMs <= 1.5 * ref ? ' ok' : ' MISSED') : ''
    lines.push(
      `${v.view.padEnd(16)}${ms(v.fcpMs).padStart(11)}   ${ms(v.numbersMs).padStart(13)}   ${(ratio + met).padStart(9)}   ${ms(v.chartMs).padStart(11)}`,
    )
  }
  return lines.join('\n')
}
