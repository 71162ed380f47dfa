import type { BinaryMetrics } from '@/lib/metrics/binary-metrics'
import { displayPath } from './load-raw-inputs'
import type { PipelineResult } from './run-pipeline'

function metricLine(label: string, m: BinaryMetrics): string {
  const f = (v: number) => (Number.isFinite(v) ? v.toFixed(4) : 'n/a')
  return (
    `  ${label.padEnd(34)} log loss ${f(m.log_loss)}  F1 ${f(m.f1_score)}  AUC ${f(m.roc_auc)}  ` +
    `accuracy ${f(m.accuracy)}  Brier ${f(m.brier_score)}`
  )
}

/** The final report of a pipeline run: chosen model, dev and prod metrics, output paths. */
export function formatSummary(result: PipelineResult): string[] {
  const { config, train, apply, prepare } = result
  const c = apply.counts
  return [
    'Summary',
    `  chosen model: ${train.chosen.name} (${train.reason})`,
    `  registered:   ${train.registered.name} version ${train.registered.version} (alias ${train.registered.alias})`,
    ...train.models.map((m) => metricLine(`dev base_test, ${m.name}`, m.testMetrics)),
    apply.prodMetrics
      ? metricLine(`prod (${c.prod_rows_labelled} labelled)`, apply.prodMetrics)
      : '  prod: no labelled rows, no metrics',
    `  prod rows: ${c.prod_rows} scored, ${c.prod_rows_labelled} labelled, ` +
      `${c.prod_rows_unlabelled} unlabelled, ${c.prod_rows_skipped} skipped`,
    '  outputs:',
    ...[...Object.values(prepare.files), apply.files.dev, apply.files.prod].map(
      (f) => `    ${displayPath(config, f)}`,
    ),
    `  MLflow: ${config.trackingRoot} (experiment "${config.experiment}", id ${result.experimentId})`,
  ]
}
