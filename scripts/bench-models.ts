/**
 * Times the model reader on the three models students compare: a logistic regression
 * (StandardScaler + LogisticRegression), a depth-10 decision tree and a 100-tree random forest
 * (depth 10), fitted and pickled by Debian's scikit-learn into a temporary folder at start
 * (scripts/crosscheck/make_bench_models.py).
 *
 *   npm run bench:models
 *   npm run bench:models -- --rows 200000 --repeats 5000
 *
 * Prints, per model: pickle size, load time (read + unpickle + rebuild, median of 5), size of the
 * portable model as the site ships it (JSON), time to score --rows rows (default 1,000,000;
 * median of 3, one run above 5 s) and the per-change re-score of one row as the what-if form does it (the shipped
 * JSON parsed back, applyNode on a one-row input whose value changes each time; median and p99
 * over --repeats, default 20,000). Figures only, no thresholds.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Columns, PortableModel } from '../lib/model-reader/model-node'
import { applyNode, readModelFile, scoreModel } from '../lib/model-reader/read-model-file'

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    repeats: { type: 'string', default: '20000' },
    python: { type: 'string', default: '/usr/bin/python3' },
  },
})
const ROWS = Math.max(1, Math.round(Number(values.rows)))
const REPEATS = Math.max(10, Math.round(Number(values.repeats)))
const MODELS = ['logistic-regression', 'decision-tree-depth-10', 'random-forest-100']
const FEATURES = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now()
  const v = f()
  return [v, performance.now() - t0]
}

/** Kobe-like rows (the same ranges the generator fits on), column-major. */
function rows(n: number, seed: number): Record<string, Float64Array> {
  let s = seed >>> 0
  const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
  const col = (f: () => number) => Float64Array.from({ length: n }, f)
  return {
    lat: col(() => 33.95 + (rand() - 0.5) * 0.3),
    lng: col(() => -118.26 + (rand() - 0.5) * 0.4),
    minutes_remaining: col(() => Math.floor(rand() * 12)),
    period: col(() => 1 + Math.floor(rand() * 4)),
    playoffs: col(() => Math.floor(rand() * 2)),
    shot_distance: col(() => Math.floor(rand() * 30)),
  }
}

const dir = mkdtempSync(join(tmpdir(), 'bench-models-'))
try {
  try {
    execFileSync(values.python, [join('scripts', 'crosscheck', 'make_bench_models.py'), dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
  } catch (e) {
    console.error(
      `bench:models needs ${values.python} with scikit-learn and cloudpickle (Debian: apt-get install python3-sklearn python3-cloudpickle) to fit the models: ${(e as Error).message.split('\n')[0]}`,
    )
    process.exit(1)
  }
  const big = rows(ROWS, 7)
  const small = rows(REPEATS, 11)
  console.log(
    `node ${process.version}, ${ROWS.toLocaleString('en')} rows, ${REPEATS.toLocaleString('en')} one-row re-scores\n`,
  )
  console.log(
    [
      'model'.padEnd(24),
      'pickle'.padStart(9),
      'load ms'.padStart(9),
      'JSON'.padStart(9),
      `score ${ROWS.toLocaleString('en')} ms`.padStart(20),
      'rows/s'.padStart(12),
      'one row µs p50'.padStart(15),
      'p99'.padStart(8),
    ].join(' '),
  )
  for (const name of MODELS) {
    const file = join(dir, `${name}.pkl`)
    const loads: number[] = []
    let model: PortableModel | null = null
    for (let i = 0; i < 5; i++) {
      const [r, ms] = time(() => readModelFile(readFileSync(file), `${name}.pkl`))
      if (!r.ok) throw new Error(r.error)
      model = r.model
      loads.push(ms)
    }
    const m = model!
    const scores: number[] = []
    // median of 3, or a single run when one takes more than 5 s (the forest)
    do scores.push(time(() => scoreModel(m, big))[1])
    while (scores.length < 3 && scores[0]! < 5000)
    // the browser receives the model as JSON and re-scores one row per form change
    const json = JSON.stringify(m)
    const shipped = JSON.parse(json) as PortableModel
    const one: Columns = {
      names: FEATURES,
      cols: FEATURES.map(() => new Float64Array(1)),
      rows: 1,
    }
    const once: number[] = []
    let sink = 0
    for (let i = 0; i < REPEATS; i++) {
      FEATURES.forEach((f, j) => ((one.cols[j] as Float64Array)[0] = small[f]![i]!))
      const t0 = performance.now()
      const out = applyNode(shipped.root, one)
      once.push((performance.now() - t0) * 1000)
      sink += (out.cols[1] as Float64Array)[0]!
    }
    if (Number.isNaN(sink)) throw new Error(`${name}: the one-row scores hold NaN.`)
    const scoreMs = median(scores)
    console.log(
      [
        name.padEnd(24),
        `${(statSync(file).size / 1024).toFixed(0)} KB`.padStart(9),
        median(loads).toFixed(1).padStart(9),
        `${(json.length / 1024).toFixed(0)} KB`.padStart(9),
        scoreMs.toFixed(0).padStart(20),
        Math.round((ROWS / scoreMs) * 1000)
          .toLocaleString('en')
          .padStart(12),
        median(once).toFixed(1).padStart(15),
        quantile(once, 0.99).toFixed(1).padStart(8),
      ].join(' '),
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
