/**
 * Shows what a project folder, a file (.db, .parquet, mlruns folder) or a tracking URI holds:
 *
 *   npm run --silent inspect -- <folder | file | sqlite:///… | http://…> [--json] [--all]
 *
 * --json prints { stores, predictions, problems } (NaN and ±Infinity as strings); --all includes
 * deleted experiments and runs. Problems are reported, never thrown; the exit code is 0 unless
 * the arguments are wrong (2).
 */
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
  const report = await inspectTarget(targets[0] ?? '.', { all: flags.has('--all') })
  process.stdout.write(
    flags.has('--json')
      ? `${JSON.stringify(report, nonFiniteAsString, 2)}\n`
      : formatInspectSummary(report),
  )
  return 0
}

process.exitCode = await main(process.argv.slice(2))
