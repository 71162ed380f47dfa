/**
 * Where the page's worker spends its time while it builds an opened project: serves a copy of a
 * built out/ whose project-worker.js is bundled unminified (function names kept), opens
 * `<project>` in "Open a project" as a user would, CPU-profiles the worker through Chromium's
 * DevTools protocol until the banner shows, and prints the stages' times and the functions with
 * the most self and total time. Prints figures, asserts nothing.
 *
 *   npx tsx scripts/bench-ui/profile-open-project.ts <folder holding out/> <project> [--out worker.cpuprofile] [--top 25]
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import type { CDPSession } from '@playwright/test'
import { pageBundleOptions, repoRoot } from '../page-worker-plugin'
import { launch } from './measure-views'
import { serveOut } from './serve'
import { functionTimes, type Profile } from './cpu-profile'

const [tree, project] = process.argv.slice(2)
if (!tree || !project || tree.startsWith('--') || project.startsWith('--'))
  throw new Error('usage: profile-open-project.ts <folder holding out/> <project folder>')
const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : undefined
}
const outFile = option('out')
const top = Number(option('top') ?? 25)

/** The page's dedicated worker, profiled through the page's session (non-flattened target). */
function workerProfiler(session: CDPSession) {
  let sessionId: string | null = null
  let id = 0
  const pending = new Map<number, (result: unknown) => void>()
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown }
    const done = message.id === undefined ? undefined : pending.get(message.id)
    if (done) done(message.result ?? message.error)
  })
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((done) => {
      const n = ++id
      pending.set(n, done)
      const message = JSON.stringify({ id: n, method, params })
      void session.send('Target.sendMessageToTarget', { sessionId: sessionId!, message })
    })
  const started = new Promise<void>((ready) => {
    session.on('Target.attachedToTarget', async (event) => {
      if (event.targetInfo.type !== 'worker' || sessionId) return
      sessionId = event.sessionId
      await send('Profiler.enable')
      await send('Profiler.start')
      await send('Runtime.runIfWaitingForDebugger')
      ready()
    })
  })
  return {
    attach: () =>
      session.send('Target.setAutoAttach', {
        autoAttach: true,
        waitForDebuggerOnStart: true,
        flatten: false,
      }),
    started,
    stop: async () => ((await send('Profiler.stop')) as { profile: Profile }).profile,
  }
}

const copy = mkdtempSync(join(tmpdir(), 'profile-open-'))
cpSync(join(resolve(tree), 'out'), join(copy, 'out'), { recursive: true })
await build({
  ...pageBundleOptions,
  entryPoints: [join(repoRoot, 'components/project/project-worker.ts')],
  outfile: join(copy, 'out/project-worker.js'),
  minify: false,
  logLevel: 'warning',
})
// serveOut runs the tree's own sirv
symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'))
const server = await serveOut(copy)
const browser = await launch()
try {
  const load = () =>
    loadavg()
      .map((v) => v.toFixed(2))
      .join(', ')
  console.log(`load average before: ${load()}`)
  const page = await (await browser.newContext()).newPage()
  // the page ends the worker as soon as it has the files: kept alive here to read its profile
  await page.addInitScript('Worker.prototype.terminate = function () {}')
  await page.goto(`${server.base}/`)
  const profiler = workerProfiler(await page.context().newCDPSession(page))
  await profiler.attach()
  await page.getByRole('banner').getByRole('button', { name: 'Open a project' }).click()
  const started = performance.now()
  const stages: string[] = []
  const banner = page.getByTestId('local-project-banner')
  await page.getByTestId('open-project-folder').setInputFiles(project)
  await profiler.started
  const step = page.getByRole('dialog').locator('[aria-current="step"]')
  while (!(await banner.isVisible())) {
    const text = await step.textContent({ timeout: 100 }).catch(() => null)
    if (text && !stages.some((s) => s.startsWith(`${text} `)))
      stages.push(`${text} at ${((performance.now() - started) / 1000).toFixed(1)} s`)
    await page.waitForTimeout(100)
  }
  const openMs = performance.now() - started
  const profile = await profiler.stop()
  if (outFile) writeFileSync(outFile, JSON.stringify(profile))
  console.log(
    `folder chosen → banner: ${(openMs / 1000).toFixed(1)} s; stages: ${stages.join(', ')}`,
  )
  const { self, total } = functionTimes(profile)
  console.log(`worker self time (ms):`)
  for (const [name, ms] of self.slice(0, top))
    console.log(`  ${ms.toFixed(0).padStart(7)}  ${name}`)
  console.log(`worker total time (ms):`)
  for (const [name, ms] of total.slice(0, top))
    console.log(`  ${ms.toFixed(0).padStart(7)}  ${name}`)
  console.log(`load average after: ${load()}${outFile ? `; profile in ${outFile}` : ''}`)
} finally {
  await browser.close()
  server.stop()
  rmSync(copy, { recursive: true, force: true })
}
