/**
 * Shows what a project folder, a file (.db, .parquet, mlruns folder) or a tracking URI holds:
 *
 *   npm run --silent inspect -- <folder | file | sqlite:///… | http://…> [--json] [--all]
 *
 * --json prints { stores, predictions, problems, build } (NaN and ±Infinity as strings); --all
 * includes deleted experiments and runs. For a folder, `build` is what `MONITOR_PROJECT=<folder>
 * npm run build` would show (store, run, files and why; every store and candidate predictions
 * pair) and every problem its steps would meet, per step. Problems are reported, never thrown; the exit code is 0 unless
 * the arguments are wrong (2).
 */
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { formatBuildReport } from '../lib/site-data/build-report/build-report-summary'
import { dryRunBuild } from '../lib/site-data/build-site'
import { inspectTarget } from '../lib/tracking/inspect-report'
import { formatInspectSummary } from '../lib/tracking/inspect-summary'
import { nonFiniteAsString } from '../lib/tracking/json-non-finite'

const USAGE = 'usage: npm run --silent inspect -- <folder | file | tracking URI> [--json] [--all]'

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')))
  const targets = argv.filter((arg) => !arg.startsWith('--'))
  const unknown = [...flags].filter((flag) => !['--json', '--all', '--help'].includes(flag))
  if (flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (unknown.length > 0 || targets.length > 1) {
    process.stderr.write(
      `unexpected ${unknown.join(' ') || targets.slice(1).join(' ')}\n${USAGE}\n`,
    )
    return 2
  }
  const target = targets[0] ?? '.'
  const report = await inspectTarget(target, { all: flags.has('--all') })
  const folder = (await stat(target).catch(() => null))?.isDirectory() ? resolve(target) : null
  const build = folder
    ? await dryRunBuild({ ...process.env, MONITOR_PROJECT: folder }, process.cwd())
    : null
  if (flags.has('--json')) {
    process.stdout.write(`${JSON.stringify({ ...report, build }, nonFiniteAsString, 2)}\n`)
  } else {
    const listed = new Set(report.problems.map((p) => `${p.path}\u0000${p.message}`))
    process.stdout.write(
      formatInspectSummary(report) + (build ? formatBuildReport(build, listed) : ''),
    )
  }
  return 0
}

process.exitCode = await main(process.argv.slice(2))
