/**
 * Writes the MLflow SQLite fixtures under lib/mlflow/fixtures/sqlite/ (or `--out <dir>`):
 * databases created with MLflow's own DDL (schema/*.sql) for three schema generations, filled the
 * way MLflow's SQL store writes rows (NaN as value 0 + is_nan 1, ±inf as ±1.7976931348623157e308),
 * each with an expected.json of what the reader must return, plus odd files the reader must refuse
 * politely (empty SQLite database, non-MLflow SQLite file, 0-byte file, text named .db, a
 * directory named mlruns.db).
 *
 *   npx tsx scripts/make-sqlite-fixtures.ts [--out <dir>]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { loadSqlJs } from '../lib/mlflow/sqlite/engine'
import { nonFiniteAsString } from '../lib/tracking/json-non-finite'
import {
  sqliteFixtureSpecs,
  type FixtureSpec,
  type MetricRow,
  type RunSpec,
} from './sqlite-fixture-specs'
import { encodeMetric, fillDatabase, SQLITE_FIXTURES } from './sqlite-fixture-writer'
const REPO = join(SQLITE_FIXTURES, '..', '..', '..', '..')
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function expectedRun(run: RunSpec) {
  const metrics = Object.entries(run.latest)
    .sort(([a], [b]) => byText(a, b))
    .map(([key, [value, timestamp, step]]) => [key, { value, timestamp, step }])
  return {
    id: run.id,
    experimentId: run.experimentId,
    name: run.name,
    status: run.status,
    lifecycle: run.lifecycle,
    startTime: run.start,
    endTime: run.end,
    userId: run.userId,
    artifactUri: run.artifactUri,
    params: run.params,
    tags: run.tags,
    metrics: Object.fromEntries(metrics),
  }
}

function sortKey(row: MetricRow, hasIsNan: boolean): [number, number, number] {
  return [row[3], row[2], encodeMetric(row[1], hasIsNan)[0]]
}

function expectedArtifacts(spec: FixtureSpec, run: RunSpec | undefined, path: string) {
  if (!run?.artifactRoot) return []
  const prefix = `${run.artifactRoot}/${path ? `${path}/` : ''}`
  const entries = new Map<string, { path: string; isDir: boolean; size: number | null }>()
  for (const [file, content] of Object.entries(spec.files)) {
    if (!file.startsWith(prefix)) continue
    const [head, ...rest] = file.slice(prefix.length).split('/')
    const relative = path ? `${path}/${head}` : `${head}`
    const isDir = rest.length > 0
    const size = isDir ? null : Buffer.byteLength(content)
    entries.set(relative, { path: relative, isDir, size })
  }
  return [...entries.values()].sort((a, b) => byText(a.path, b.path))
}

function expectedOf(spec: FixtureSpec) {
  const experimentOrder = [...spec.experiments].sort(
    (a, b) =>
      (b.creationTime ?? -Infinity) - (a.creationTime ?? -Infinity) || Number(a.id) - Number(b.id),
  )
  const runsOf = (id: string, all: boolean) =>
    spec.runs
      .filter((run) => run.experimentId === id && (all || run.lifecycle === 'active'))
      .sort((a, b) => b.start - a.start || byText(a.id, b.id))
      .map(expectedRun)
  const runById = (id: string) => spec.runs.find((run) => run.id === id)
  return {
    description: spec.description,
    database: spec.dbFile,
    schemaRevision: spec.revision,
    experiments: {
      active: experimentOrder.filter((e) => e.lifecycle === 'active'),
      all: experimentOrder,
    },
    runs: Object.fromEntries(
      spec.experiments.map((e) => [e.id, { active: runsOf(e.id, false), all: runsOf(e.id, true) }]),
    ),
    metricHistory: spec.checks.metricHistory.map(({ runId, key }) => ({
      runId,
      key,
      points: (runById(runId)?.history ?? [])
        .filter((row) => row[0] === key)
        .sort((a, b) => {
          const [x, y] = [sortKey(a, spec.has.isNan), sortKey(b, spec.has.isNan)]
          return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
        })
        .map(([, value, timestamp, step]) => ({ value, timestamp, step })),
    })),
    artifacts: spec.checks.artifacts.map(({ runId, path }) => ({
      runId,
      path,
      entries: expectedArtifacts(spec, runById(runId), path),
    })),
    artifactText: spec.checks.artifactText.map(({ runId, path }) => {
      const root = runById(runId)?.artifactRoot
      return { runId, path, text: spec.files[`${root}/${path}`] }
    }),
    registeredModels: [...spec.models]
      .sort((a, b) => byText(a.name, b.name))
      .map((model) => ({
        name: model.name,
        description: model.description,
        creationTime: model.creationTime,
        lastUpdatedTime: model.lastUpdatedTime,
        tags: model.tags,
        aliases: model.aliases,
        versions: model.versions
          .filter((v) => v.stage !== 'Deleted_Internal')
          .sort((a, b) => a.version - b.version)
          .map((v) => ({
            name: model.name,
            version: v.version,
            stage: v.stage,
            runId: v.runId,
            source: v.source,
            status: v.status,
            creationTime: v.creationTime,
            lastUpdatedTime: v.lastUpdatedTime,
            description: v.description,
            tags: v.tags,
            aliases: Object.entries(model.aliases)
              .filter(([, version]) => version === v.version)
              .map(([alias]) => alias)
              .sort(byText),
          })),
      })),
    ...(spec.has.loggedModels && { loggedModels: expectedLoggedModels(spec) }),
    problems: spec.checks.problems,
  }
}

const LOGGED_MODEL_STATUS = ['UNSPECIFIED', 'PENDING', 'READY', 'FAILED']

/** Each experiment's LoggedModels as the reader lists them: by creation time, then id. */
function expectedLoggedModels(spec: FixtureSpec) {
  const all = spec.loggedModels ?? []
  return Object.fromEntries(
    spec.experiments.map((e) => [
      e.id,
      all
        .filter((m) => m.experimentId === e.id)
        .sort((a, b) => a.creationTime - b.creationTime || byText(a.id, b.id))
        .map((m) => ({
          id: m.id,
          experimentId: m.experimentId,
          name: m.name,
          sourceRunId: m.sourceRunId,
          status: LOGGED_MODEL_STATUS[m.status],
          lifecycle: m.lifecycle,
          creationTime: m.creationTime,
          artifactLocation: m.artifactLocation,
        })),
    ]),
  )
}

function writeFile(path: string, content: string | Uint8Array) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
}

async function main() {
  const outFlag = process.argv.indexOf('--out')
  const out = outFlag > 0 ? resolve(process.argv[outFlag + 1] ?? '') : SQLITE_FIXTURES
  const SQL = await loadSqlJs()

  for (const spec of sqliteFixtureSpecs) {
    const folder = join(out, spec.folder)
    rmSync(folder, { recursive: true, force: true })
    const db = new SQL.Database()
    fillDatabase(db, spec)
    writeFile(join(folder, spec.dbFile), db.export())
    db.close()
    for (const [file, content] of Object.entries(spec.files)) writeFile(join(folder, file), content)
    for (const [file, from] of Object.entries(spec.copies ?? {})) {
      writeFile(join(folder, file), new Uint8Array(readFileSync(join(REPO, from))))
    }
    const expected = JSON.stringify(expectedOf(spec), nonFiniteAsString, 2)
    writeFile(join(folder, 'expected.json'), `${expected}\n`)
  }

  const odd = join(out, 'odd')
  rmSync(odd, { recursive: true, force: true })
  const empty = new SQL.Database()
  writeFile(join(odd, 'empty.db'), empty.export())
  empty.close()
  const other = new SQL.Database()
  other.run('CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)')
  other.run('CREATE TABLE orders (id INTEGER PRIMARY KEY, item_id INTEGER, quantity INTEGER)')
  other.run("INSERT INTO items (name) VALUES ('ball'), ('hoop')")
  writeFile(join(odd, 'inventory.sqlite'), other.export())
  other.close()
  writeFile(join(odd, 'zero-bytes', 'mlflow.db'), '')
  writeFile(join(odd, 'notes.db'), 'these are notes and not a database\n')
  writeFile(
    join(odd, 'mlruns.db', 'README.txt'),
    'A directory named mlruns.db: readers must report it, not crash.\n',
  )
  console.log(`SQLite fixtures written under ${out}`)
}

await main()
