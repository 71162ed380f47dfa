import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { writeFileAtomic } from '../../lib/mlflow/filestore/atomic-write'
import type { CourseChart } from '../../lib/reporting/course-chart-set'
import { pngSize } from '../../lib/reporting/png-size'
import type { Options } from './export-options'

/** The page size every chart is laid out at, in CSS pixels. */
export const VIEWPORT = { width: 1280, height: 900 }

const CHART_TIMEOUT = 60_000

/** One exported chart, as charts.json lists it. */
export interface ExportedChart {
  file: string
  page: string
  width: number
  height: number
  scale: number
  bytes: number
}

/** out/ was built before the Download PNG buttons named their files. */
export class StaleBuildError extends Error {}

type Line = (line: string) => void

/** Opens each page once and saves the PNG of every chart asked for on it, a line per chart. */
export async function exportCharts(
  browser: Browser,
  base: string,
  charts: CourseChart[],
  options: Options,
  log: Line,
  fail: Line,
): Promise<{
  done: ExportedChart[]
  images: { file: string; bytes: Uint8Array }[]
  failed: number
}> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    acceptDownloads: true,
    locale: options.lang,
  })
  await context.addInitScript((scale: number) => {
    window.__pngScale = scale
  }, options.scale)
  const done: ExportedChart[] = []
  const images: { file: string; bytes: Uint8Array }[] = []
  let failed = 0
  const pages = [...new Set(charts.map((c) => c.page))]
  let n = 0
  for (const pagePath of pages) {
    const page = await context.newPage()
    const url = `${base}/${pagePath}${pagePath.includes('?') ? '&' : '?'}lang=${options.lang}`
    await page.goto(url)
    // the page's language set: its messages are loaded (UrlStateProvider), so no chart is taken
    // in English while the Portuguese ones are on their way
    await page
      .locator(`html[lang="${options.lang}"]`)
      .waitFor({ state: 'attached', timeout: CHART_TIMEOUT / 2 })
    // a build older than export-charts has no data-export-name on its buttons: say so, once
    const anyButton = await page
      .locator('[data-export-name]')
      .first()
      .waitFor({ state: 'attached', timeout: CHART_TIMEOUT / 2 })
      .then(() => true)
      .catch(() => false)
    if (!anyButton) {
      await context.close()
      throw new StaleBuildError(
        `/${pagePath.replace(/\?.*$/, '')} of out/ has no Download PNG button with a data-export-name: out/ is older than export-charts, rebuild it with npm run build.`,
      )
    }
    for (const chart of charts.filter((c) => c.page === pagePath)) {
      n++
      const tag = `[${n}/${charts.length}] ${chart.file}`
      try {
        const button = page.locator(`[data-export-name="${chart.download}"] button`)
        const download = page.waitForEvent('download', { timeout: CHART_TIMEOUT })
        await button.click({ timeout: CHART_TIMEOUT })
        const saved = await (await download).path()
        const bytes = new Uint8Array(await readFile(saved))
        const { width, height } = pngSize(bytes, `the download of ${chart.download}`)
        await writeFileAtomic(join(options.out, chart.file), bytes)
        images.push({ file: chart.file, bytes })
        done.push({
          file: chart.file,
          page: pagePath,
          width,
          height,
          scale: options.scale,
          bytes: bytes.length,
        })
        log(`${tag}: ${width}×${height} px (scale ${options.scale}) from /${pagePath}`)
      } catch (error) {
        failed++
        const why = (error as Error).message.split('\n')[0]
        fail(
          `${tag}: not exported: /${pagePath} shows no chart saved as ${chart.download} (${why})`,
        )
      }
    }
    await page.close()
  }
  await context.close()
  return { done, images, failed }
}
