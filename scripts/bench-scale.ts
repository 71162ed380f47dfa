/**
 * `npm run bench:scale`: build-data time and peak memory at 1M, 10M (and with --with-50m, 50M)
 * generated prod rows, for each engine, beside a bare DuckDB scan of the same file. Prints
 * figures; asserts nothing about time.
 *
 *   npm run bench:scale                       1M and 10M rows
 *   npm run bench:scale -- --with-50m         also 50M rows (~1.5 GB of parquet, minutes)
 *   npm run bench:scale -- --js-max 10000000  also the in-JS engine above 1M rows (needs GBs)
 *   npm run bench:scale -- --keep             keep the generated files (the folder is printed)
 *   npm run bench:scale -- --sizes 100000,2000000   other row counts
 *
 * Each measurement runs in a child process (`node --import tsx`, so the build runs in that
 * process): time is the buildSite call, memory is the child's peak RSS (getrusage maxrss, which
 * counts DuckDB's native memory too). The dev side is the Kobe dev file; the prod side is a
 * seeded, Kobe-shaped file of N rows (scores continuous: every value distinct, the worst case
 * for the drift tables).
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSite } from '@/lib/site-data/build-site'
import { openDuckdbSession, sqlString } from '@/lib/site-data/predictions/duckdb/duckdb-session'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const DEV = join(ROOT, 'data/output/predictions_dev.parquet')

interface Measured {
  seconds: number
  peakMiB: number
  note?: string
  /** seconds per build stage (buildSite's progress), in order */
  stages?: [string, number][]
}

function peakMiB(): number {
  return process.resourceUsage().maxRSS / 1024
}

/** A Kobe-shaped predictions file of `rows` rows; the same rows for the same `rows` and seed. */
async function generate(path: string, rows: number, seed = 20240601): Promise<void> {
  const session = await openDuckdbSession()
  // uniform in [0, 1) per row and stream k, from DuckDB's deterministic hash
  const u = (k: number) => `(hash(i * 16 + ${k}, ${seed}) / 18446744073709551616.0)`
  const pick = (values: string[], k: number) =>
    `[${values.map(sqlString).join(', ')}][1 + floor(${u(k)} * ${values.length})::INTEGER]`
  await session.run(`COPY (
    SELECT lat, lng, minutes_remaining, period, playoffs, shot_distance,
      (${u(8)} < prediction_score)::INTEGER::DOUBLE AS shot_made_flag,
      prediction_score, (prediction_score >= 0.5)::INTEGER AS prediction_label,
      i::INTEGER AS shot_id, game_date, season, loc_x, loc_y,
      shot_zone_area, shot_zone_basic, shot_zone_range, action_type, opponent
    FROM (
      SELECT i,
        33.253 + 0.6 * ${u(1)} AS lat, -118.52 + 0.5 * ${u(2)} AS lng,
        floor(12 * ${u(3)})::INTEGER AS minutes_remaining, (1 + floor(4 * ${u(4)}))::INTEGER AS period,
        (${u(5)} < 0.15)::INTEGER AS playoffs, floor(35 * ${u(6)})::INTEGER AS shot_distance,
        0.15 + 0.7 * ${u(7)} AS prediction_score,
        strftime(DATE '2000-10-31' + (i % 5000)::INTEGER, '%Y-%m-%d') AS game_date,
        (2000 + (i % 16))::VARCHAR || '-' || lpad(((i % 16 + 1) % 100)::VARCHAR, 2, '0') AS season,
        (-250 + floor(500 * ${u(2)}))::INTEGER AS loc_x, (-50 + floor(450 * ${u(1)}))::INTEGER AS loc_y,
        ${pick(['Center(C)', 'Left Side(L)', 'Right Side(R)', 'Left Side Center(LC)', 'Right Side Center(RC)', 'Back Court(BC)'], 9)} AS shot_zone_area,
        ${pick(['Mid-Range', 'Restricted Area', 'In The Paint (Non-RA)', 'Above the Break 3', 'Left Corner 3', 'Right Corner 3', 'Backcourt'], 10)} AS shot_zone_basic,
        ${pick(['Less Than 8 ft.', '8-16 ft.', '16-24 ft.', '24+ ft.', 'Back Court Shot'], 11)} AS shot_zone_range,
        ${pick(['Jump Shot', 'Layup Shot', 'Driving Layup Shot', 'Dunk Shot', 'Fadeaway Jump Shot', 'Turnaround Jump Shot'], 12)} AS action_type,
        ${pick(['LAL', 'POR', 'UTA', 'SAS', 'PHX', 'HOU', 'DEN', 'SAC', 'GSW', 'MIN', 'BOS', 'NYK'], 13)} AS opponent
      FROM range(${rows}) t(i)
    )
  ) TO ${sqlString(path)} (FORMAT parquet, COMPRESSION snappy)`)
}

/** Child: one build (or scan) in this process, its figures as one JSON line. */
async function child(mode: string, file: string, engine: string): Promise<void> {
  const started = performance.now()
  let note = ''
  const stages: [string, number][] = []
  if (mode === 'scan') {
    const session = await openDuckdbSession()
    const [row] = await session.all(
      `SELECT count(*)::DOUBLE AS n, avg(prediction_score) AS mean FROM read_parquet(${sqlString(file)})`,
    )
    note = `count ${row!.n}, avg(score) ${Number(row!.mean).toFixed(6)}`
  } else {
    const outDir = await mkdtemp(join(tmpdir(), 'bench-scale-out-'))
    const env = {
      ...process.env,
      MONITOR_PREDICTIONS_DEV: DEV,
      MONITOR_PREDICTIONS_PROD: file,
      MLFLOW_TRACKING_URI: join(ROOT, 'mlruns'),
      MONITOR_ENGINE: engine,
    }
    // the engine choice reads process.env (MONITOR_ENGINE), not only the env handed to buildSite
    process.env.MONITOR_ENGINE = engine
    // each stage's time until the next one starts (the two 'columns' calls, dev then prod, add up)
    let stageStart = started
    const lap = () => {
      const now = performance.now()
      const last = stages[stages.length - 1]
      if (last) last[1] += (now - stageStart) / 1000
      stageStart = now
    }
    const { snapshot } = await buildSite(env, ROOT, outDir, (stage) => {
      lap()
      if (stages[stages.length - 1]?.[0] !== stage) stages.push([stage, 0])
    })
    lap()
    const prod = snapshot.datasets.prod
    note = prod
      ? `prod ${prod.rows} rows, shipped ${prod.shippedRows}, AUC ${prod.metrics?.roc_auc.toFixed(6)}, ${snapshot.drift?.rows.length ?? 0} drift rows, ${snapshot.problems.length} problems`
      : `no prod dataset: ${snapshot.problems.map((p) => p.message).join('; ')}`
    await rm(outDir, { recursive: true, force: true })
  }
  const seconds = (performance.now() - started) / 1000
  console.log(JSON.stringify({ seconds, peakMiB: peakMiB(), note, stages }))
}

function measure(mode: string, file: string, engine: string): Measured {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, file, engine],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  const line = run.stdout.trim().split('\n').pop() ?? ''
  try {
    return JSON.parse(line) as Measured
  } catch {
    const why = (run.stderr || run.stdout).trim().split('\n').slice(-3).join(' / ')
    return { seconds: NaN, peakMiB: NaN, note: `failed (exit ${run.status}): ${why}` }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args[0] === '--child') return child(args[1]!, args[2]!, args[3]!)
  const jsMaxAt = args.indexOf('--js-max')
  const jsMax = jsMaxAt >= 0 ? Number(args[jsMaxAt + 1]) : 1_000_000
  const sizesAt = args.indexOf('--sizes')
  const sizes =
    sizesAt >= 0
      ? args[sizesAt + 1]!.split(',').map(Number)
      : [1_000_000, 10_000_000, ...(args.includes('--with-50m') ? [50_000_000] : [])]
  const folder = await mkdtemp(join(tmpdir(), 'bench-scale-'))
  console.log(`bench:scale: files in ${folder}; dev = ${DEV}`)
  const fmt = (m: Measured) =>
    Number.isNaN(m.seconds)
      ? m.note
      : `${m.seconds.toFixed(1).padStart(6)} s  ${m.peakMiB.toFixed(0).padStart(5)} MiB  ${m.note ?? ''}${
          m.stages?.length
            ? `\n${' '.repeat(24)}${m.stages.map(([stage, s]) => `${stage} ${s.toFixed(1)} s`).join(', ')}`
            : ''
        }`
  try {
    for (const rows of sizes) {
      const file = join(folder, `predictions_prod_${rows}.parquet`)
      const t = performance.now()
      await generate(file, rows)
      const mb = (await stat(file)).size / 2 ** 20
      console.log(
        `\n${rows.toLocaleString('en-US')} rows: ${mb.toFixed(0)} MiB parquet, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
      )
      console.log(`  bare DuckDB scan      ${fmt(measure('scan', file, ''))}`)
      console.log(`  build-data, duckdb    ${fmt(measure('build', file, 'duckdb'))}`)
      console.log(
        rows <= jsMax
          ? `  build-data, js        ${fmt(measure('build', file, 'js'))}`
          : `  build-data, js        skipped (above --js-max ${jsMax}: the in-JS path holds every row, ~0.8 GB per 1M)`,
      )
      if (!args.includes('--keep')) await rm(file, { force: true })
    }
  } finally {
    if (!args.includes('--keep')) await rm(folder, { recursive: true, force: true })
  }
  console.log('\ntarget: 10M rows in under 60 s and under 1 GiB, memory flat in the row count')
}

await main()
