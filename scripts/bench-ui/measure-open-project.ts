/**
 * The time from choosing a project folder in "Open a project" to the overview showing that
 * project's prod row count: the folder's files handed to the page (setInputFiles on the
 * webkitdirectory input), the site files built in the page's worker, the overview drawn.
 * Also the worker's own build time (shown in the banner) and the stage timings.
 */
import { readdirSync } from 'node:fs'
import type { Browser } from '@playwright/test'

export interface OpenProjectTiming {
  project: string
  files: number
  /** ms from handing the files to the input to the overview's prod card showing `prodRows` */
  openMs: number[]
  /** the worker's build time, ms (from the banner) */
  workerMs: number[]
  /** ms from the start to each stage the progress bar showed */
  stages: Record<string, number>[]
  /** longest main-thread task (ms) while the worker built, i.e. how long the page was frozen */
  longestTaskWhileBuilding: number[]
}

export async function measureOpenProject(
  browser: Browser,
  base: string,
  project: string,
  prodRows: number,
  repeats: number,
  timeout: number,
): Promise<OpenProjectTiming> {
  const files = readdirSync(project, { recursive: true, withFileTypes: true })
  const result: OpenProjectTiming = {
    project,
    files: files.filter((f) => f.isFile()).length,
    openMs: [],
    workerMs: [],
    stages: [],
    longestTaskWhileBuilding: [],
  }
  for (let i = 0; i < repeats; i++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${base}/`)
    await page.getByRole('banner').getByRole('button', { name: 'Open a project' }).click()
    const input = page.getByTestId('open-project-folder')
    await page.evaluate(`(() => {
      window.__longTasks = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration)
      }).observe({ type: 'longtask' })
    })()`)
    const stages: Record<string, number> = {}
    const started = performance.now()
    const watch = (async () => {
      const status = page
        .getByRole('dialog')
        .getByRole('listitem')
        .and(page.locator('[aria-current="step"]'))
      while (performance.now() - started < timeout) {
        const text = await status.textContent({ timeout: 50 }).catch(() => null)
        if (text && !(text in stages)) stages[text] = Math.round(performance.now() - started)
        if (await page.getByTestId('local-project-banner').isVisible()) return
        // a breath between looks: back-to-back queries kept the page's main thread busy and,
        // on a shared 2-core machine, took CPU from the worker being timed
        await page.waitForTimeout(100)
      }
    })()
    await input.setInputFiles(project)
    // the built site may show the same count (the Kobe project is the built data): the banner first
    await page
      .getByTestId('local-project-banner')
      .waitFor({ timeout })
      .catch(async (error: Error) => {
        const failed = await page
          .getByRole('dialog')
          .getByRole('alert')
          .textContent({ timeout: 1000 })
        throw new Error(failed ?? error.message)
      })
    // long tasks (over 50 ms) on the page's main thread until the worker handed its files over
    const tasks = (await page.evaluate('window.__longTasks')) as number[]
    result.longestTaskWhileBuilding.push(Math.max(0, ...tasks))
    // the prod card shows the file's row count (as its rows, or in the sampled sentence)
    await page
      .getByTestId('counts-prod')
      .filter({ hasText: prodRows.toLocaleString('en-US') })
      .waitFor({ timeout })
    result.openMs.push(performance.now() - started)
    await watch
    const banner = (await page.getByTestId('local-project-banner').textContent()) ?? ''
    const seconds = /\((\d+(?:\.\d+)?) s\)/.exec(banner)?.[1]
    if (seconds) result.workerMs.push(Number(seconds) * 1000)
    result.stages.push(stages)
    await context.close()
  }
  return result
}
