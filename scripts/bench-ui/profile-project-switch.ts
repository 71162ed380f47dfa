/**
 * Where the page's main thread goes while the views switch to a project opened in the page: a
 * CPU profile of the page (not the worker) from the moment the worker's dashboard message
 * arrives (console.profile, started by a listener on every Worker the page makes) for
 * `--window-ms` (default 4000), on a site already built in `<folder>/out`, the project folder
 * handed to the webkitdirectory input. Prints the main thread's long tasks in that window, the
 * functions with the most self time and those with the most total time (`--top N`); `--save
 * <file.json>` writes the profile (DevTools' Performance panel opens it).
 *
 *   npx tsx scripts/bench-ui/profile-project-switch.ts . /tmp/project-runs-600
 */
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, systemChromium } from '../../lib/reporting/find-chromium'
import { argNumber } from '../arg-number'
import { serveOut } from './serve'
import { functionTimes, type Profile } from './cpu-profile'

const [folder, project] = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--save')
if (!folder || !project) throw new Error('usage: profile-project-switch.ts <folder> <project>')
const windowMs = argNumber('window-ms', 4000)
const top = argNumber('top', 25)
const saveAt = process.argv.indexOf('--save')
const save = saveAt > 0 ? process.argv[saveAt + 1] : undefined

const WATCH = `(() => {
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration])
  }).observe({ type: 'longtask', buffered: true })
  const PageWorker = window.Worker
  window.Worker = class extends PageWorker {
    constructor(...args) {
      super(...args)
      this.addEventListener('message', (event) => {
        if (!event.data || event.data.type !== 'dashboard' || window.__built) return
        window.__built = performance.now()
        const files = event.data.files || []
        window.__message = [files.length, files.reduce((n, [, bytes]) => n + bytes.byteLength, 0)]
        console.profile('switch')
        setTimeout(() => console.profileEnd('switch'), ${windowMs})
      })
    }
  }
})()`

function summarise(profile: Profile) {
  const { self, total } = functionTimes(profile)
  const list = (times: [string, number][]) =>
    times
      .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(root)'))
      .slice(0, top)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n')
  return { self: list(self), total: list(total) }
}

const server = await serveOut(folder)
const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS })
try {
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
  const page = await browser.newPage()
  await page.addInitScript(WATCH)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  const finished = new Promise<Profile>((resolve) =>
    cdp.on('Profiler.consoleProfileFinished', (event) =>
      resolve((event as unknown as { profile: Profile }).profile),
    ),
  )
  await page.goto(`${server.base}/`)
  await page.getByTestId('counts-prod').getByTestId('rows').waitFor()
  await page.getByRole('banner').getByRole('button', { name: 'Open a project' }).click()
  await page
    .getByRole('dialog', { name: 'Open your own project' })
    .getByTestId('open-project-folder')
    .setInputFiles(project)
  const profile = await finished
  if (save) writeFileSync(save, JSON.stringify(profile))
  const { tasks, built, message } = (await page.evaluate(
    '({ tasks: window.__longTasks, built: window.__built, message: window.__message })',
  )) as { tasks: [number, number][]; built: number; message: [number, number] }
  console.log(
    `dashboard message: ${message[0].toLocaleString('en-US')} files, ` +
      `${message[1].toLocaleString('en-US')} bytes`,
  )
  const during = tasks.filter(([start, d]) => start + d > built && start < built + windowMs)
  const durations = during.map(([, d]) => Math.round(d))
  // where each one starts, ms after the message (the profile's time 0): to find it in the profile
  const starts = during.map(([start, d]) => `${Math.round(d)} at +${Math.round(start - built)}`)
  console.log(
    `long tasks in the ${windowMs} ms after the dashboard message: ${durations.join(', ') || 'none'} ms ` +
      `(longest ${Math.max(0, ...durations)} ms, total blocking ` +
      `${durations.reduce((n, d) => n + Math.max(0, d - 50), 0)} ms)\n` +
      `each task: ${starts.join(', ') || 'none'} ms`,
  )
  const { self, total } = summarise(profile)
  console.log(`\nself time:\n${self}\n\ntotal time:\n${total}`)
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
} finally {
  await browser.close()
  server.stop()
}
