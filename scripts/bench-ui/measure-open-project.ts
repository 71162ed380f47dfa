/**
 * The time from choosing a project folder in "Open a project" to the overview showing that
 * project's prod row count: the folder's files handed to the page, the site files built in the
 * page's worker, the overview drawn. The folder comes in one of two ways: `input`, setInputFiles
 * on the webkitdirectory input (what a browser without the File System Access API does), or
 * `handle`, a copy in the page's OPFS that a stubbed showDirectoryPicker returns ("Open folder"
 * in Chromium: the handle goes to the worker). Also the worker's own build time (shown in the
 * banner), the stage timings and the main thread's long tasks.
 */
import { readdirSync } from 'node:fs'
import type { Browser } from '@playwright/test'
import { markChosen, openingLongTasks, watchLongTasks, type OpeningLongTasks } from './long-tasks'
import { pickerReturnsOpfsCopy } from './opfs-folder'

export type OpenVia = 'input' | 'handle'

export interface OpenProjectTiming {
  project: string
  via: OpenVia
  files: number
  /** ms from handing the files to the input to the overview's prod card showing `prodRows` */
  openMs: number[]
  /** the worker's build time, ms (from the banner): the dashboard's files */
  workerMs: number[]
  /**
   * ms from handing the files over to the banner no longer saying the monitoring report is
   * being computed (the overview, drift and timeline filled in); a page that shows the
   * dashboard only with its monitoring report: the same as openMs
   */
  monitoringMs: number[]
  /** ms from the start to each stage the progress bar showed */
  stages: Record<string, number>[]
  /** main-thread long tasks while the files were handed over and the worker built, and after */
  longTasks: OpeningLongTasks[]
}

export async function measureOpenProject(
  browser: Browser,
  base: string,
  project: string,
  prodRows: number,
  repeats: number,
  timeout: number,
  via: OpenVia = 'input',
): Promise<OpenProjectTiming> {
  const files = readdirSync(project, { recursive: true, withFileTypes: true })
  const result: OpenProjectTiming = {
    project,
    via,
    files: files.filter((f) => f.isFile()).length,
    openMs: [],
    workerMs: [],
    monitoringMs: [],
    stages: [],
    longTasks: [],
  }
  for (let i = 0; i < repeats; i++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await watchLongTasks(page)
    await page.goto(`${base}/`)
    if (via === 'handle') await pickerReturnsOpfsCopy(page, project)
    await page.getByRole('banner').getByRole('button', { name: 'Open a project' }).click()
    const dialog = page.getByRole('dialog', { name: 'Open your own project' })
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
        // a closed page ends the watch: the measurement's own error says why
        if (
          await page
            .getByTestId('local-project-banner')
            .isVisible()
            .catch(() => true)
        )
          return
        // a breath between looks: back-to-back queries kept the page's main thread busy and,
        // on a shared 2-core machine, took CPU from the worker being timed
        await page.waitForTimeout(100)
      }
    })()
    await markChosen(page)
    if (via === 'handle') await dialog.locator('button', { hasText: 'Open a folder…' }).click()
    else await dialog.getByTestId('open-project-folder').setInputFiles(project)
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
    // the prod card shows the file's row count (as its rows, or in the sampled sentence)
    await page
      .getByTestId('counts-prod')
      .filter({ hasText: prodRows.toLocaleString('en-US') })
      .waitFor({ timeout })
    result.openMs.push(performance.now() - started)
    result.longTasks.push(await openingLongTasks(page))
    const computing = page
      .getByTestId('monitoring-progress')
      .filter({ hasText: 'Computing the monitoring report' })
    while ((await computing.count()) > 0 && performance.now() - started < timeout)
      await page.waitForTimeout(100)
    result.monitoringMs.push(performance.now() - started)
    await watch
    const banner = (await page.getByTestId('local-project-banner').textContent()) ?? ''
    const seconds = /\((\d+(?:\.\d+)?) s\)/.exec(banner)?.[1]
    if (seconds) result.workerMs.push(Number(seconds) * 1000)
    result.stages.push(stages)
    await context.close()
  }
  return result
}
