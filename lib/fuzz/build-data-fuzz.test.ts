/**
 * Fuzz cases for the build step, kept as tests: each prepares a bad input in a throwaway project,
 * runs the real build (buildSite, what scripts/build-data.ts runs) into its out/ folder, and
 * checks that it did not throw, that one sentence names the file, field or value, that nothing
 * from outside the project was published, and that every other output was still written.
 */
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DashboardEnv } from '../site-data/sources/dashboard-sources'
import { displayText } from '../views/display-text'
import { plotText } from '../views/plot-text'
import {
  ARTIFACT_RUN,
  OUTPUTS,
  SQLITE_DB,
  leaked,
  parquetFile,
  runBuild,
  workspace,
  type BuildRun,
  type Workspace,
} from './fuzz-workspace'

/** rows of ours.parquet, the good dev (and prod) predictions of every workspace */
const GOOD_ROWS = 20
const RUNS_IN_STORE = 2

interface FuzzCase {
  name: string
  /** breaks one input; returns extra environment variables for the build */
  prepare(ws: Workspace): DashboardEnv | void
  /** the sentence that must name the file, field or value (`<P>` stands for the project folder) */
  problem: RegExp
  /** which input the case breaks: the other outputs must come out whole */
  breaks: 'prod' | 'store'
  /** anything else the case must leave true */
  check?(run: BuildRun): void
}

const scores = (target: number[], name: string, values: number[]) =>
  parquetFile([
    { name: 'shot_made_flag', type: 'INT32', data: target },
    { name, type: 'DOUBLE', data: values },
  ])

const setArtifactUri = (ws: Workspace, uri: string) => {
  const meta = join(ws.store, '1', ARTIFACT_RUN, 'meta.yaml')
  writeFileSync(
    meta,
    readFileSync(meta, 'utf8').replace(/^artifact_uri:.*$/m, `artifact_uri: ${uri}`),
  )
  // no local copy to fall back on: the URI is the only place the reader may look
  rmSync(join(ws.store, '1', ARTIFACT_RUN, 'artifacts'), { recursive: true })
}

const CASES: FuzzCase[] = [
  {
    name: 'an empty predictions file',
    breaks: 'prod',
    prepare: (ws) => writeFileSync(ws.prod, ''),
    problem: /<P>\/prod\.parquet: not a parquet file \(no "PAR1" magic bytes\): the file is empty/,
  },
  {
    name: 'CSV text named .parquet',
    breaks: 'prod',
    prepare: (ws) => writeFileSync(ws.prod, 'shot_made_flag,prediction_score\n1,0.5\n'),
    problem: /<P>\/prod\.parquet: .*it looks like CSV text \(starts with "shot_made_flag,/,
  },
  {
    name: 'a truncated parquet file',
    breaks: 'prod',
    prepare: (ws) => {
      const bytes = readFileSync(ws.prod)
      writeFileSync(ws.prod, bytes.subarray(0, bytes.length / 2))
    },
    problem:
      /<P>\/prod\.parquet: the file ends before its parquet footer \(1966 bytes\): truncated or still being written/,
  },
  {
    name: 'NaN and ±Infinity scores',
    breaks: 'prod',
    prepare: (ws) =>
      writeFileSync(
        ws.prod,
        scores([1, 0, 1, 0], 'prediction_score', [NaN, Infinity, 0.4, -Infinity]),
      ),
    problem:
      /<P>\/prod\.parquet: probability column "prediction_score": 3 of 4 rows have no probability in \[0, 1\] \(first: NaN at row 0/,
  },
  {
    name: 'every probability out of [0, 1]',
    breaks: 'prod',
    prepare: (ws) =>
      writeFileSync(ws.prod, scores([1, 0, 1, 0], 'prediction_score', [1.5, 2, 3, -1])),
    problem:
      /<P>\/prod\.parquet: probability column "prediction_score": 4 of 4 rows have no probability in \[0, 1\] \(first: 1\.5 at row 0/,
  },
  {
    name: 'no target and no prediction columns',
    breaks: 'prod',
    prepare: (ws) =>
      writeFileSync(ws.prod, parquetFile([{ name: 'foo', type: 'INT32', data: [1, 2, 3] }])),
    problem:
      /<P>\/prod\.parquet: no target column \(looked for shot_made_flag, y_true, target, label_true, actual\)/,
  },
  {
    name: 'a predict_score column holding only 0 and 1',
    breaks: 'prod',
    prepare: (ws) =>
      writeFileSync(ws.prod, scores([1, 0, 1, 1, 0], 'predict_score', [1, 0, 0, 1, 0])),
    problem:
      /<P>\/prod\.parquet: column "predict_score" is named like a probability but every one of its 5 values is exactly 0 or 1 .*read as a hard predicted label/,
  },
  {
    name: 'a malformed meta.yaml',
    breaks: 'store',
    prepare: (ws) =>
      writeFileSync(
        join(ws.store, '1', ARTIFACT_RUN, 'meta.yaml'),
        'artifact_uri: [unclosed\n  : : :\n',
      ),
    problem: new RegExp(
      `<P>/mlruns/1/${ARTIFACT_RUN}/meta\\.yaml: invalid YAML \\(Unexpected : in flow sequence\\)`,
    ),
  },
  {
    name: 'artifact_uri file:///etc',
    breaks: 'store',
    prepare: (ws) => setArtifactUri(ws, 'file:///etc'),
    problem: new RegExp(
      `artifact folder of run "${ARTIFACT_RUN}" refused \\(real path /etc\\): it is outside the store, the project and MONITOR_ARTIFACT_ROOTS`,
    ),
  },
  {
    name: 'artifact_uri ../../.. leaving the project',
    breaks: 'store',
    prepare: (ws) => setArtifactUri(ws, '../../../../../../../../../../etc'),
    problem: new RegExp(`artifact folder of run "${ARTIFACT_RUN}" refused \\(real path /etc\\)`),
  },
  {
    name: 'an artifact symlinked to /etc/passwd',
    breaks: 'store',
    prepare: (ws) =>
      symlinkSync('/etc/passwd', join(ws.store, '1', ARTIFACT_RUN, 'artifacts', 'passwd.txt')),
    // one line for the refusal, not one per reader of the artifact
    check: ({ problems }) => expect(problems.filter((p) => p.includes('passwd'))).toHaveLength(1),
    problem: new RegExp(
      `artifacts/passwd\\.txt: artifact "passwd\\.txt" of run "${ARTIFACT_RUN}" refused: it leads to /etc/passwd, outside the store`,
    ),
  },
  {
    name: 'a symlinked artifact folder looping to its parent',
    breaks: 'store',
    prepare: (ws) =>
      symlinkSync('..', join(ws.store, '1', ARTIFACT_RUN, 'artifacts', 'plots', 'up')),
    problem: new RegExp(
      `artifact "plots/up" of run "${ARTIFACT_RUN}" refused: a symlinked folder leading to <P>/mlruns/1/${ARTIFACT_RUN}/artifacts, already walked as the artifact folder \\(a loop\\)`,
    ),
  },
  {
    name: 'folders outside the artifact folder linking to each other (a → b → a)',
    breaks: 'store',
    prepare: (ws) => {
      const shared = join(ws.project, 'shared')
      mkdirSync(join(shared, 'a'), { recursive: true })
      mkdirSync(join(shared, 'b'))
      writeFileSync(join(shared, 'b', 'y.txt'), 'in b\n')
      symlinkSync(join(shared, 'b'), join(shared, 'a', 'b'))
      symlinkSync(join(shared, 'a'), join(shared, 'b', 'a'))
      symlinkSync(join(shared, 'a'), join(ws.store, '1', ARTIFACT_RUN, 'artifacts', 'a'))
    },
    problem: new RegExp(
      `artifact "a/b/a" of run "${ARTIFACT_RUN}" refused: a symlinked folder leading to <P>/shared/a, already walked as "a" \\(a loop\\)`,
    ),
    check: ({ site }) => {
      const run = site.runs.snapshot.runs.find((r) => r.id === ARTIFACT_RUN)!
      expect(run.artifacts.filter((a) => a.path.endsWith('y.txt')).map((a) => a.path)).toEqual([
        'a/b/y.txt',
      ])
    },
  },
  {
    name: 'a run folder symlinked to its experiment folder (a phantom run)',
    breaks: 'store',
    prepare: (ws) => symlinkSync('.', join(ws.store, '1', 'loop')),
    problem:
      /<P>\/mlruns\/1\/loop: symlinked run folder leading to <P>\/mlruns\/1 skipped: it holds this experiment folder \(a loop\)/,
    check: ({ site }) => expect(site.runs.snapshot.runs).toHaveLength(RUNS_IN_STORE),
  },
  {
    name: 'an SVG artifact with a namespaced script and a javascript: link',
    breaks: 'store',
    prepare: (ws) =>
      writeFileSync(
        join(ws.store, '1', ARTIFACT_RUN, 'artifacts', 'plots', 'evil.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script><a href="jav&#x61;script:alert(2)"><text>x</text></a></svg>',
      ),
    problem: new RegExp(
      `run ${ARTIFACT_RUN} artifacts/plots/evil\\.svg: active content removed from plots/evil\\.svg before publishing: <s:script>, href`,
    ),
    check: ({ out }) => {
      const copy = readFileSync(join(out, 'artifacts', ARTIFACT_RUN, 'plots', 'evil.svg'), 'utf8')
      expect(copy).not.toMatch(/script|href/i)
    },
  },
  {
    name: 'a truncated mlflow.db',
    breaks: 'store',
    prepare: (ws) => {
      const db = join(ws.project, 'mlflow.db')
      copyFileSync(SQLITE_DB, db)
      truncateSync(db, 3000)
      return { MLFLOW_TRACKING_URI: `sqlite:///${db}` }
    },
    problem: /<P>\/mlflow\.db: unreadable SQLite database: database disk image is malformed/,
  },
  {
    name: 'a garbage mlflow.db',
    breaks: 'store',
    prepare: (ws) => {
      const db = join(ws.project, 'mlflow.db')
      writeFileSync(db, 'garbage'.repeat(100))
      return { MLFLOW_TRACKING_URI: `sqlite:///${db}` }
    },
    problem:
      /<P>\/mlflow\.db: not a SQLite database \(no "SQLite format 3" header\): it looks like text \(starts with "garbage/,
  },
]

/** The checks every case shares. */
function expectContained(run: BuildRun, ws: Workspace, breaks: FuzzCase['breaks']) {
  expect(leaked(run.published, '/etc/passwd')).toEqual([])
  expect(run.published.every((file) => file.startsWith(join(ws.project, 'out')))).toBe(true)
  for (const name of OUTPUTS) {
    expect(() => JSON.parse(readFileSync(join(run.out, name), 'utf8')), name).not.toThrow()
  }
  const { snapshot, runs } = run.site
  expect(snapshot.datasets.dev?.rows).toBe(GOOD_ROWS)
  expect(readFileSync(join(run.out, 'rows-dev.parquet')).subarray(0, 4).toString()).toBe('PAR1')
  if (breaks === 'prod') expect(runs.snapshot.runs).toHaveLength(RUNS_IN_STORE)
  else expect(snapshot.datasets.prod?.rows).toBe(GOOD_ROWS)
}

describe('the build step under bad inputs', () => {
  it.each(CASES)('$name', async ({ prepare, problem, breaks, check }) => {
    const ws = workspace()
    try {
      const env = prepare(ws) ?? {}
      const run = await runBuild(ws, env)
      // paths are shown relative to the project (./x) or absolute: both read <P>/x here
      const sentences = run.problems.map((p) =>
        p
          .split(ws.project)
          .join('<P>')
          .replace(/(^|[\s"(])\.\//g, '$1<P>/'),
      )
      expect(
        sentences.some((s) => problem.test(s)),
        sentences.join('\n'),
      ).toBe(true)
      expectContained(run, ws, breaks)
      check?.(run)
    } finally {
      ws.remove()
    }
  })

  it('keeps hostile HTML and bidi text in run names, tags, params and metric keys as data', async () => {
    const ws = workspace()
    try {
      const run = join(ws.store, '1', ARTIFACT_RUN)
      const name = '<img src=x onerror=alert(1)>\u202Egnp.exe'
      writeFileSync(join(run, 'tags', 'mlflow.runName'), name)
      writeFileSync(join(run, 'tags', 'note'), '<script>alert(2)</script>')
      writeFileSync(join(run, 'params', 'evil'), '"><svg onload=alert(3)>')
      writeFileSync(join(run, 'metrics', '<b>auc'), '1600000050000 0.5 0\n')
      const built = await runBuild(ws, {})
      const record = built.site.runs.snapshot.runs.find((r) => r.id === ARTIFACT_RUN)!
      expect(record.name).toBe(name)
      expect(record.tags.note).toBe('<script>alert(2)</script>')
      expect(record.params.evil).toBe('"><svg onload=alert(3)>')
      expect(Object.keys(record.metrics)).toContain('<b>auc')
      // what the pages do with them: bidi made visible, markup literal in Plotly
      expect(displayText(record.name).shown).toBe('<img src=x onerror=alert(1)>⟨U+202E⟩gnp.exe')
      expect(plotText('<b>auc')).toBe('&lt;b&gt;auc')
      expect(built.published.filter((f) => /\.(html?|svg)$/i.test(f))).toEqual([])
      expectContained(built, ws, 'store')
    } finally {
      ws.remove()
    }
  })
})
