import { relative } from 'node:path'
import type { InspectReport, InspectStore } from './inspect-report'

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** Where the runs' artifacts were found: counts, and each relocated copy with what it matched. */
function artifactLines(store: InspectStore, cwd: string): string[] {
  const runs = store.experiments.flatMap((e) => e.runs).filter((r) => r.artifacts !== undefined)
  if (runs.length === 0) return []
  const moved = runs.filter((r) => r.artifacts?.how === 'relocated')
  const missing = runs.filter((r) => r.artifacts === null).length
  const lines = [
    `  artifacts: ${runs.length - moved.length - missing} where recorded, ` +
      `${moved.length} relocated, ${missing} not found`,
  ]
  for (const run of moved.slice(0, 5)) {
    lines.push(
      `    run ${run.id}: found in ${relative(cwd, run.artifacts!.folder)} ` +
        `(recorded ${run.artifacts!.recorded}; matched ${run.artifacts!.matched ?? 'the run folder'})`,
    )
  }
  if (moved.length > 5) lines.push(`    … and ${moved.length - 5} more (--json lists every run)`)
  return lines
}

/** "; 3 logged models (2 READY, 1 FAILED)": MLflow 3's models:/m-… of one experiment. */
function loggedModelsText(
  models: NonNullable<InspectStore['experiments'][number]['loggedModels']>,
) {
  if (models.length === 0) return ''
  const statuses = new Map<string, number>()
  for (const model of models) statuses.set(model.status, (statuses.get(model.status) ?? 0) + 1)
  const detail = [...statuses].map(([status, count]) => `${count} ${status}`).join(', ')
  return `; ${plural(models.length, 'logged model')} (${detail})`
}

function storeLines(store: InspectStore, cwd: string): string[] {
  const runs = store.experiments.reduce((sum, e) => sum + e.runs.length, 0)
  const lines = [
    `${store.kind} ${relative(cwd, store.path) || '.'}`,
    `  ${plural(store.experiments.length, 'experiment')}, ${plural(runs, 'run')}, ` +
      `${plural(store.models.length, 'registered model')}`,
  ]
  for (const experiment of store.experiments) {
    const statuses = new Map<string, number>()
    for (const run of experiment.runs) statuses.set(run.status, (statuses.get(run.status) ?? 0) + 1)
    const detail = [...statuses].map(([status, count]) => `${count} ${status}`).join(', ')
    lines.push(
      `  experiment ${experiment.id} "${experiment.name}": ${plural(experiment.runs.length, 'run')}` +
        (detail ? ` (${detail})` : '') +
        loggedModelsText(experiment.loggedModels ?? []),
    )
  }
  lines.push(...artifactLines(store, cwd))
  for (const model of store.models) {
    const versions =
      model.versions.map((v) => `${v.version} ${v.stage}`).join(', ') || 'no versions'
    const aliases = Object.entries(model.aliases).map(([alias, version]) => `@${alias}→${version}`)
    lines.push(
      `  model "${model.name}": ${versions}${aliases.length ? `; ${aliases.join(' ')}` : ''}`,
    )
  }
  return lines
}

/** A short human summary of an inspect report; paths relative to `cwd`. */
export function formatInspectSummary(report: InspectReport, cwd: string = process.cwd()): string {
  const lines: string[] = []
  if (report.stores.length === 0) lines.push('no MLflow tracking store found')
  for (const store of report.stores) lines.push(...storeLines(store, cwd))
  for (const file of report.predictions) {
    const gaps = file.missing.length
    const missing = gaps ? `; ${plural(gaps, 'missing column group')} (details with --json)` : ''
    lines.push(
      `predictions ${relative(cwd, file.file)}: ${plural(file.rows, 'row')}, ` +
        `${file.labelledRows} labelled${missing}`,
    )
  }
  if (report.problems.length > 0) {
    lines.push(`${plural(report.problems.length, 'problem')}:`)
    for (const problem of report.problems) {
      lines.push(`  ${relative(cwd, problem.path) || problem.path}: ${problem.message}`)
    }
  }
  return `${lines.join('\n')}\n`
}
