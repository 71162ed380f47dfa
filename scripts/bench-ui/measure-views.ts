/**
 * Drives Chromium over a built site: per view the bytes transferred (JS vs /data/ files) and
 * the time from navigation to charts ready; on /, /performance/ and /court/ the latency from a
 * threshold change and from a filter change (period Q1) to repainted charts.
 */
import { chromium, type Browser, type Page } from '@playwright/test'
import { CHARTS_READY, TIMED_CHANGE } from './in-page'
import { CHROMIUM_ARGS, systemChromium } from '../../lib/reporting/find-chromium'

export const VIEWS = ['/', '/court/', '/performance/', '/drift/', '/runs/', '/what-if/'] as const

export interface ViewLoad {
  view: string
  /** median over the loads, ms from page.goto start to every figure drawn and nothing loading */
  readyMs: number | null
  readyAll: (number | null)[]
  figures: number
  requests: number
  jsBytes: number
  dataBytes: number
  otherBytes: number
  dataFiles: { path: string; bytes: number }[]
  errors: string[]
}

export interface Latency {
  view: string
  change: 'threshold' | 'filter'
  /** median ms from the input event to the watched text updated (React commit) */
  commitMs: number | null
  /** median ms from the input event to the frame after (charts repainted) */
  frameMs: number | null
  samples: { commit: number; frame: number }[]
  timeouts: number
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS })
}

/**
 * A page at `url` (1280×900) once its charts are ready with the rows loaded: the prerendered
 * default view is "ready" before the rows arrive, so it waits for the network to settle and
 * checks again, then `settleMs` more, so what is measured next holds the changes only.
 */
export async function openSettledView(browser: Browser, url: string, settleMs = 3000) {
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 } })
  ).newPage()
  await page.goto(url)
  const ready = () =>
    page.waitForFunction(`(${CHARTS_READY})()`, undefined, { timeout: 120_000, polling: 'raf' })
  await ready()
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => undefined)
  await ready()
  if (settleMs > 0) await page.waitForTimeout(settleMs)
  return page
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

async function waitReady(page: Page, timeout: number): Promise<number> {
  await page.waitForFunction(`(${CHARTS_READY})()`, undefined, { timeout, polling: 'raf' })
  return page.evaluate(() => performance.timeOrigin + performance.now())
}

async function loadOnce(
  browser: Browser,
  base: string,
  view: string,
  timeout: number,
): Promise<Omit<ViewLoad, 'readyAll' | 'view'>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  const sizes: Promise<{ path: string; type: string; bytes: number }>[] = []
  page.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then(async (s) => {
        let bytes = s.responseBodySize
        if (bytes <= 0) bytes = (await (await request.response())?.body())?.length ?? 0
        return { path: new URL(request.url()).pathname, type: request.resourceType(), bytes }
      }),
    )
  })
  const started = Date.now()
  let readyMs: number | null = null
  try {
    await page.goto(base + view, { timeout })
    let at = await waitReady(page, timeout)
    // a later fetch (rows after the snapshot) may show a new loading state: settle, re-check
    await page.waitForLoadState('networkidle', { timeout }).catch(() => undefined)
    if (!(await page.evaluate(`(${CHARTS_READY})()`))) at = await waitReady(page, timeout)
    readyMs = at - started
  } catch (error) {
    errors.push(`not ready within ${timeout} ms: ${(error as Error).message.split('\n')[0]}`)
  }
  const figures = await page.locator('figure').count()
  const all = await Promise.all(sizes)
  await context.close()
  const sum = (f: (r: (typeof all)[number]) => boolean) =>
    all.filter(f).reduce((s, r) => s + r.bytes, 0)
  const isData = (r: { path: string }) => r.path.startsWith('/data/')
  const isJs = (r: { path: string; type: string }) =>
    !isData(r) && (r.type === 'script' || r.path.endsWith('.js'))
  return {
    readyMs,
    figures,
    requests: all.length,
    jsBytes: sum(isJs),
    dataBytes: sum(isData),
    otherBytes: sum((r) => !isData(r) && !isJs(r)),
    dataFiles: all.filter(isData).map((r) => ({ path: r.path, bytes: r.bytes })),
    errors,
  }
}

export async function measureLoads(
  browser: Browser,
  base: string,
  loads: number,
  timeout: number,
  log: (line: string) => void,
): Promise<ViewLoad[]> {
  const out: ViewLoad[] = []
  for (const view of VIEWS) {
    const runs = []
    for (let i = 0; i < loads; i++) runs.push(await loadOnce(browser, base, view, timeout))
    const first = runs[0]!
    const readyAll = runs.map((r) => r.readyMs)
    const result: ViewLoad = {
      ...first,
      view,
      readyAll,
      readyMs: median(readyAll.filter((v): v is number => v !== null)),
      errors: [...new Set(runs.flatMap((r) => r.errors))],
    }
    log(
      `  ${view}: ready ${readyAll.map((v) => (v === null ? '–' : v.toFixed(0))).join(', ')} ms; ` +
        `JS ${(first.jsBytes / 1024).toFixed(0)} KB, data ${(first.dataBytes / 1024).toFixed(0)} KB` +
        (result.errors.length ? `; errors: ${result.errors.join(' | ').slice(0, 300)}` : ''),
    )
    out.push(result)
  }
  return out
}

interface Watch {
  /** elements whose text (or attribute `attr`) must all differ from before */
  selectors: string[]
  attr?: string
}

interface InteractionSpec {
  view: string
  url: string
  /** null: nothing on the view follows the threshold as text (the drift view) */
  threshold: Watch | null
  filter: Watch
}

export const INTERACTIONS: InteractionSpec[] = [
  {
    view: '/',
    url: '/',
    threshold: {
      selectors: [
        '[data-testid="metric-f1_score"] [data-testid="prod"]',
        '[data-testid="made-rate-prod"]',
      ],
    },
    filter: { selectors: ['[data-testid="counts-prod"] [data-testid="rows"]'] },
  },
  {
    view: '/performance/',
    url: '/performance/',
    threshold: { selectors: ['[data-testid="confusion-prod"] h3'] },
    filter: {
      selectors: ['[data-testid="confusion-total-prod"]', '[data-testid="confusion-total-dev"]'],
    },
  },
  {
    // colour by error type, so the maps depend on the threshold (hexagons above POINT_CAP shots)
    view: '/court/',
    url: '/court/?color_by=error',
    threshold: { selectors: ['figure[data-testid="court-map"] h3'] },
    // the shots behind each map: a filter changes them in points and in hexbin mode alike
    filter: { selectors: ['figure[data-testid="court-map"]'], attr: 'data-shots' },
  },
  {
    // a filter recomputes the drift tables in the browser (filteredDrift): the first statistic
    view: '/drift/',
    url: '/drift/',
    threshold: null,
    filter: { selectors: ['[data-testid="drift-statistic"]'] },
  },
]

/** The court's points mode, also above POINT_CAP (a drawn sample): measure-view's second court URL. */
export const COURT_POINTS_URL = '/court/?color_by=error&map_mode=points'

/** One timed change inside the page: act, then wait for the watched values and the next frame. */
async function timedChange(
  page: Page,
  act: { kind: 'threshold'; value: string } | { kind: 'filter' },
  watch: Watch,
  timeout: number,
): Promise<{ commit: number; frame: number } | null> {
  const args = JSON.stringify({ act, watch, timeout })
  return page.evaluate(`(${TIMED_CHANGE})(${args})`) as Promise<{
    commit: number
    frame: number
  } | null>
}

export async function measureInteractions(
  browser: Browser,
  base: string,
  repeats: number,
  timeout: number,
  log: (line: string) => void,
): Promise<Latency[]> {
  const out: Latency[] = []
  const thresholds = ['0.3', '0.35', '0.25', '0.32', '0.28', '0.4', '0.22']
  for (const spec of INTERACTIONS) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(base + spec.url, { timeout })
    await waitReady(page, timeout)
    await page.waitForLoadState('networkidle', { timeout }).catch(() => undefined)
    for (const change of ['threshold', 'filter'] as const) {
      const watch = spec[change]
      if (!watch) continue
      const samples: { commit: number; frame: number }[] = []
      let timeouts = 0
      for (let i = 0; i < repeats; i++) {
        const act =
          change === 'threshold'
            ? { kind: 'threshold' as const, value: thresholds[i % thresholds.length]! }
            : { kind: 'filter' as const }
        const r = await timedChange(page, act, watch, timeout)
        if (r) samples.push(r)
        else timeouts++
        await page.waitForTimeout(150)
      }
      const latency: Latency = {
        view: spec.view,
        change,
        commitMs: median(samples.map((s) => s.commit)),
        frameMs: median(samples.map((s) => s.frame)),
        samples,
        timeouts,
      }
      log(
        `  ${spec.view} ${change}: frame ${samples.map((s) => s.frame.toFixed(0)).join(', ')} ms` +
          (timeouts ? ` (${timeouts} timed out)` : ''),
      )
      out.push(latency)
    }
    // leave the filter off for the next view (an odd number of toggles leaves Q1 ticked)
    await context.close()
  }
  return out
}
