/**
 * npm run crosscheck: compares our models with scikit-learn 1.2.1 on the pipeline's own data.
 * Runs the pipeline into a temporary folder, exports base_train / base_test / prod as CSV,
 * runs full_data_reference.py with /usr/bin/python3 and prints both sides. Exits 1 when our
 * logistic regression's test or prod log loss differs from scikit-learn's by more than 0.002.
 * Needs the Kobe files (KOBE_DATA_DIR, default ../shared/data/kobe) and Python with sklearn.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { FEATURES } from '@/lib/model/features'
import { fitDecisionTree } from '@/lib/model/fit-decision-tree'
import { treeDepthProbabilities } from '@/lib/model/tree-depth-probabilities'
import { parseModelJson } from '@/lib/model/parse-model-json'
import { predictProbaColumns } from '@/lib/model/predict-proba'
import { logLoss } from '@/lib/metrics/log-loss'
import { readParquetFile } from '@/lib/parquet/read-parquet-file'
import { runPipeline } from '@/lib/pipeline/run-pipeline'

const TOLERANCE = 0.002
const dataDir = process.env.KOBE_DATA_DIR ?? path.resolve('..', 'shared', 'data', 'kobe')
const work = await mkdtemp(path.join(os.tmpdir(), 'kobe-crosscheck-'))
const result = await runPipeline({ projectDir: work, dataDir, env: {} })
const names = [...FEATURES, 'shot_made_flag']

async function exportCsv(parquet: string, csv: string) {
  const t = await readParquetFile(parquet, { columns: names })
  const lines = [names.join(',')]
  for (let i = 0; i < t.numRows; i++) lines.push(names.map((c) => t.data[c]![i] ?? '').join(','))
  await writeFile(csv, lines.join('\n') + '\n')
  return {
    columns: FEATURES.map((f) => Float64Array.from(t.data[f]!, Number)),
    y: Float64Array.from(t.data.shot_made_flag!, (v) => (v === null ? NaN : Number(v))),
  }
}
const train = await exportCsv(result.prepare.files.train, path.join(work, 'base_train.csv'))
const test = await exportCsv(result.prepare.files.test, path.join(work, 'base_test.csv'))
await exportCsv(result.apply.files.prod, path.join(work, 'prod.csv'))

const maxDepth = 8
const deep = fitDecisionTree(train.columns, train.y, { maxDepth })
const byDepth = treeDepthProbabilities(deep, test.columns, maxDepth)
await writeFile(
  path.join(work, 'ours.json'),
  JSON.stringify({
    seed: result.config.seed,
    tree_test_proba_by_depth: Object.fromEntries(byDepth.map((p, d) => [d + 1, Array.from(p)])),
  }),
)
const sk = JSON.parse(
  execFileSync(
    '/usr/bin/python3',
    [path.resolve('scripts/crosscheck/full_data_reference.py'), work],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  ),
)

const lrRun = result.train.models.find((m) => m.name === 'LogisticRegression')!
const lr = parseModelJson(await readFile(lrRun.modelFile, 'utf8'))
if (lr.type !== 'logistic_regression') throw new Error('expected a logistic regression model')
const prodCsv = (await readFile(path.join(work, 'prod.csv'), 'utf8')).trim().split('\n').slice(1)
const prodRows = prodCsv.map((l) => l.split(',')).filter((r) => r[6] !== '')
const prodScore = predictProbaColumns(
  lr,
  Object.fromEntries(FEATURES.map((f, j) => [f, Float64Array.from(prodRows, (r) => Number(r[j]))])),
)
const ours = {
  test: lrRun.testMetrics.log_loss,
  prod: logLoss(
    prodRows.map((r) => Number(r[6])),
    prodScore,
  ),
}

const f = (v: number) => v.toFixed(6)
const lines = [
  `Logistic regression, log loss (base_test ${test.y.length} rows / prod labelled ${prodRows.length} rows)`,
  `  ours (Newton, full convergence)        ${f(ours.test)} / ${f(ours.prod)}`,
]
for (const [key, label] of [
  ['logistic_optimum', 'sklearn newton-cholesky tol=1e-12'],
  ['logistic_default', 'sklearn LogisticRegression() (lbfgs)'],
  ['logistic_tight_lbfgs', 'sklearn lbfgs tol=1e-10 max_iter=1e5'],
] as const) {
  const r = sk[key]
  lines.push(
    `  ${label.padEnd(38)} ${f(r.test.log_loss)} / ${f(r.prod.log_loss)}  (${r.n_iter} iterations, intercept ${r.intercept.toFixed(4)})`,
  )
}
const opt = sk.logistic_optimum
const coefDiff = Math.max(
  Math.abs(lr.intercept - opt.intercept) / Math.abs(opt.intercept),
  ...lr.coefficients.map(
    (c, j) => Math.abs(c - opt.coefficients[j]) / Math.abs(opt.coefficients[j]),
  ),
)
lines.push(
  `  largest relative difference of our coefficients from the optimum: ${coefDiff.toExponential(2)}`,
)
lines.push(
  'Decision tree on base_test: depth, log loss ours / sklearn, share of identical probabilities',
)
for (const t of sk.tree_by_depth) {
  lines.push(
    `  ${String(t.max_depth).padStart(2)}  ${f(t.ours_test_log_loss)} / ${f(t.sklearn_test_log_loss)}  ${(100 * t.equal_test_proba_share_best).toFixed(2)} %`,
  )
}
const cv = sk.tree_sklearn_cv
lines.push(
  `  our CV chose max_depth ${result.train.models.find((m) => m.name === 'DecisionTree')!.params.max_depth}; ` +
    `sklearn's StratifiedKFold(5, shuffle, seed) chooses ${cv.best_depth} ` +
    `(mean log loss ${cv.mean_log_loss
      .slice(0, 4)
      .map((v: number) => v.toFixed(4))
      .join(', ')} … for depths 1-4)`,
)
console.log(lines.join('\n'))
const worst = Math.max(
  ...(['logistic_optimum', 'logistic_default'] as const).flatMap((k) => [
    Math.abs(ours.test - sk[k].test.log_loss),
    Math.abs(ours.prod - sk[k].prod.log_loss),
  ]),
)
console.log(
  `largest log-loss difference from sklearn: ${worst.toExponential(2)} (tolerance ${TOLERANCE})`,
)
process.exit(worst <= TOLERANCE ? 0 : 1)
