/**
 * Paired first-paint figures (not a test): builds of the site side by side, each view loaded
 * cold from each build in turn and the empty Next.js page before them, round after round, so
 * every build meets the same load on the shared machine. Prints per view and build the medians
 * of the first paint and of the first numbers (measure-first-paint.ts), in ms and divided by the
 * empty page's first paint over the same rounds, with the 1-minute load average before and after.
 * `--without-scripts` adds, beside each build, a copy of it with no JavaScript (without-scripts.ts):
 * how far the content alone, its HTML and stylesheet, is from the empty page.
 *
 *   cp -a out /tmp/out-before   # … change something, npm run build …
 *   npx tsx scripts/bench-ui/compare-first-paint.ts /tmp/out-before out [--rounds 7] [--view /drift/]
 *     [--without-scripts]
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { argNumber } from '../arg-number'
import { commonAncestor } from './build-tree'
import {
  buildEmptyNextSite,
  FIRST_NUMBERS,
  measureFirstPaint,
  type FirstPaint,
} from './measure-first-paint'
import { launch } from './measure-views'
import { serveOut } from './serve'
import { copyWithoutScripts } from './without-scripts'

const root = process.cwd()
const args = process.argv.slice(2)
const FLAGS = new Set(['--without-scripts'])
const given = args.filter(
  (a, i) => !a.startsWith('--') && !(args[i - 1]?.startsWith('--') && !FLAGS.has(args[i - 1]!)),
)
if (given.length === 0)
  throw new Error(
    'usage: compare-first-paint.ts <out/> [<out/> …] [--rounds N] [--view /drift/] [--without-scripts]',
  )
const withoutScripts = args.includes('--without-scripts')
const rounds = argNumber('rounds', 7)
const viewAt = args.indexOf('--view')
const views = viewAt >= 0 ? [args[viewAt + 1]!] : Object.keys(FIRST_NUMBERS)

const work = mkdtempSync(join(tmpdir(), 'compare-first-paint-'))
const modules = realpathSync(join(root, 'node_modules'))

// each build, then (--without-scripts) each build's copy without JavaScript
const outs = given.map((o) => resolve(root, o))
const labels = given.map((o) => basename(resolve(root, o)))
if (withoutScripts)
  for (const [i, out] of given.entries()) {
    const copy = join(work, `without-scripts-${i}`)
    copyWithoutScripts(resolve(root, out), copy)
    outs.push(copy)
    labels.push(`${labels[i]} no JS`)
  }

/** serveOut serves `<tree>/out` with `<tree>/node_modules`'s sirv: a tree of two links. */
function treeFor(index: number, out: string): string {
  const tree = join(work, `build-${index}`)
  mkdirSync(tree)
  symlinkSync(out, join(tree, 'out'), 'dir')
  symlinkSync(modules, join(tree, 'node_modules'), 'dir')
  return tree
}

const median = (values: (number | null)[]): number | null => {
  const s = values.filter((v): v is number => v !== null).sort((a, b) => a - b)
  if (s.length === 0) return null
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

const emptyTree = await buildEmptyNextSite(
  work,
  modules,
  commonAncestor(realpathSync(work), modules),
)
const servers: Awaited<ReturnType<typeof serveOut>>[] = []
const emptySamples: FirstPaint[] = []
// samples[build][view]
const samples = outs.map(() => new Map<string, FirstPaint[]>())
const loadBefore = loadavg()[0]!
try {
  const empty = await serveOut(emptyTree)
  servers.push(empty)
  const builds = []
  for (const [i, out] of outs.entries()) builds.push(await serveOut(treeFor(i, out)))
  servers.push(...builds)
  const browser = await launch()
  try {
    for (let round = 0; round < rounds; round++) {
      for (const view of views) {
        emptySamples.push(...(await measureFirstPaint(browser, empty.base, ['/'], 1, 60_000, true)))
        // a different build first each round, so none always loads right after the empty page
        for (let k = 0; k < outs.length; k++) {
          const b = (k + round) % outs.length
          const [one] = await measureFirstPaint(
            browser,
            builds[b]!.base,
            [view],
            1,
            60_000,
            false,
            false,
          )
          samples[b]!.set(view, [...(samples[b]!.get(view) ?? []), one!])
        }
      }
    }
  } finally {
    await browser.close()
  }
} finally {
  for (const s of servers) s.stop()
  rmSync(work, { recursive: true, force: true })
}

const ref = median(emptySamples.map((s) => s.fcpMs))
const cell = (v: number | null) =>
  v === null ? '–' : `${Math.round(v)} (${ref ? (v / ref).toFixed(2) : '–'}×)`
console.log(
  `empty Next.js page: first paint ${ref === null ? '–' : Math.round(ref)} ms (median of ${emptySamples.length} cold loads); ` +
    `${rounds} rounds; 1-minute load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`,
)
console.log('first paint / first numbers, ms (× the empty page), median per build:')
console.log(['view'.padEnd(14), ...labels.map((l) => l.padEnd(26))].join(''))
for (const view of views) {
  const cells = samples.map((byView) => {
    const s = byView.get(view) ?? []
    const paint = cell(median(s.map((x) => x.fcpMs)))
    const numbers = FIRST_NUMBERS[view] ? cell(median(s.map((x) => x.numbersMs))) : '·'
    return `${paint} / ${numbers}`.padEnd(26)
  })
  console.log([view.padEnd(14), ...cells].join(''))
}
