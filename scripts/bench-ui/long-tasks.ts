/**
 * The page's main-thread long tasks (over 50 ms, PerformanceObserver 'longtask') while a project
 * opens, split at the moment the worker's built site files (the dashboard's) reach the page: before it the page
 * hands the files over while the worker builds (nothing there should freeze the page), after it
 * the views switch to the project. Works on any build of the page: the split is seen by
 * listening to every Worker's messages, not by marks in the page's code.
 */
import type { Page } from '@playwright/test'

export interface LongTasks {
  /** the longest task, ms (0 when none was over 50 ms) */
  longest: number
  /** total blocking time: the sum over long tasks of their time past 50 ms */
  blocking: number
  count: number
}

export interface OpeningLongTasks {
  /** from choosing the folder to the built files reaching the page */
  building: LongTasks
  /** from then to the measurement's end (the views drawing the project) */
  switching: LongTasks
}

/**
 * Before the page's first script: records long tasks, when a worker says it is done, and what the
 * page posts to its workers (messages, and the files in their `files` arrays or FileLists).
 */
export const watchLongTasks = (page: Page) =>
  page.addInitScript(`(() => {
    window.__longTasks = []
    window.__built = null
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration])
    }).observe({ type: 'longtask', buffered: true })
    const PageWorker = window.Worker
    window.__posted = { messages: 0, files: 0 }
    const post = PageWorker.prototype.postMessage
    PageWorker.prototype.postMessage = function (message, ...rest) {
      window.__posted.messages++
      const files = message && message.files
      if (Array.isArray(files) || files instanceof FileList) window.__posted.files += files.length
      return post.call(this, message, ...rest)
    }
    window.Worker = class extends PageWorker {
      constructor(...args) {
        super(...args)
        this.addEventListener('message', (event) => {
          // 'dashboard': the views switch before the monitoring report ('done': older pages)
          const type = event.data && event.data.type
          if (type === 'done' || type === 'dashboard')
            window.__built = performance.now()
        })
      }
    }
  })()`)

/**
 * Marks the moment the user chooses the folder: earlier long tasks are the page's own load, and
 * the count of what the page posts to workers starts again from here.
 */
export const markChosen = (page: Page) =>
  page.evaluate('window.__chosen = performance.now(); window.__posted = { messages: 0, files: 0 }')

/** The long tasks since markChosen, split at the worker's done message. */
export async function openingLongTasks(page: Page): Promise<OpeningLongTasks> {
  const { tasks, chosen, built } = (await page.evaluate(
    '({ tasks: window.__longTasks, chosen: window.__chosen, built: window.__built })',
  )) as { tasks: [number, number][]; chosen: number; built: number | null }
  const split = built ?? Infinity
  const sum = (list: number[]): LongTasks => ({
    longest: Math.round(Math.max(0, ...list)),
    blocking: Math.round(list.reduce((n, d) => n + Math.max(0, d - 50), 0)),
    count: list.length,
  })
  // the task that handles the done message ends after it: it is the first of the switching side
  const after = tasks.filter(([start]) => start >= chosen)
  return {
    building: sum(after.filter(([start, d]) => start + d <= split).map(([, d]) => d)),
    switching: sum(after.filter(([start, d]) => start + d > split).map(([, d]) => d)),
  }
}

/** What the page posted to its workers since markChosen: messages, and the File objects in them. */
export const postedToWorkers = (page: Page) =>
  page.evaluate('window.__posted') as Promise<{ messages: number; files: number }>
