import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { notPublishedLabel } from './artifact-note-text'
import { openTrackingInput } from '../../site-data/open-tracking-input'
import { buildRunsSnapshot } from '../../site-data/runs/build-runs-snapshot'
import { parseRunsSnapshot } from '../../site-data/runs/parse-runs-snapshot'

const FIXTURES = fileURLToPath(
  new URL('../../mlflow/fixtures/filestore/mlflow1x/mlruns', import.meta.url),
)
const RUN = '5b9f3a6f0c9d4f3e8a7b6c5d4e3f2a1b'
const temp = mkdtempSync(join(tmpdir(), 'artifact-notes-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"'
const TEXT_FILES: Record<string, string> = {
  'train.log': 'epoch 1 loss 0.68\n',
  'train.py': 'print("hello")\n',
  'model/MLmodel': 'flavors:\n  sklearn: {}\n',
  'notes.txt': 'plain notes\n',
  'config.yaml': 'max_iter: 100\n',
  'metrics.json': '{"auc": 0.61}\n',
  'table.csv': 'a,b\n1,2\n',
}

describe('artifacts the build does not publish, and SVGs it changed, are said so', async () => {
  const project = join(temp, 'project')
  const store = join(project, 'mlruns')
  cpSync(FIXTURES, store, { recursive: true })
  const artifacts = join(store, '1', RUN, 'artifacts')
  mkdirSync(join(artifacts, 'model'))
  for (const [path, text] of Object.entries(TEXT_FILES)) writeFileSync(join(artifacts, path), text)
  writeFileSync(join(artifacts, 'big.png'), new Uint8Array(300))
  writeFileSync(
    join(artifacts, 'plots', 'evil.svg'),
    `<svg ${SVG_NS} onload="steal()"><script>steal()</script><rect width="2"/></svg>`,
  )
  writeFileSync(join(artifacts, 'plots', 'clean.svg'), `<svg ${SVG_NS}><rect width="2"/></svg>`)
  symlinkSync('/etc/passwd', join(artifacts, 'passwd.txt'))
  const out = join(temp, 'out')
  const saved = process.env.MONITOR_ARTIFACT_MAX_BYTES
  process.env.MONITOR_ARTIFACT_MAX_BYTES = '200'
  try {
    await buildRunsSnapshot({
      tracking: await openTrackingInput(store, project),
      outDir: out,
      cwd: project,
    })
  } finally {
    if (saved === undefined) delete process.env.MONITOR_ARTIFACT_MAX_BYTES
    else process.env.MONITOR_ARTIFACT_MAX_BYTES = saved
  }
  const back = parseRunsSnapshot(readFileSync(join(out, 'runs.json'), 'utf8'))
  const run = back.runs.find((r) => r.id === RUN)!
  const byPath = new Map(run.artifacts.map((a) => [a.path, a]))
  const problems = back.problems.map((p) => `${p.path}: ${p.message}`)

  it('lists a model.pkl as not published because its type is not on the allow-list', () => {
    const pkl = byPath.get('model.pkl')!
    expect(pkl).toMatchObject({ view: null, file: null, note: { code: 'notAllowed' } })
    expect(notPublishedLabel(pkl, 'en')).toEqual({
      label: 'not published',
      rule: 'Not published: its type is not on the allow-list (images, text files, parquet).',
    })
    expect(notPublishedLabel(pkl, 'pt-BR')).toEqual({
      label: 'não publicado',
      rule: 'Não publicado: o tipo não está na lista permitida (imagens, arquivos de texto, parquet).',
    })
  })

  it('lists a file over MONITOR_ARTIFACT_MAX_BYTES as not published, naming the setting', () => {
    const big = byPath.get('big.png')!
    expect(big.note).toEqual({
      code: 'tooLarge',
      limit: 200,
      setting: 'MONITOR_ARTIFACT_MAX_BYTES',
    })
    expect(notPublishedLabel(big, 'en')?.rule).toBe(
      'Not published: larger than 200 B, the limit set by MONITOR_ARTIFACT_MAX_BYTES.',
    )
    expect(problems).toContain(
      `./mlruns run ${RUN} artifacts/big.png: not published: larger than the 200-byte limit set by MONITOR_ARTIFACT_MAX_BYTES`,
    )
  })

  it('previews .log, .py, MLmodel, .txt, .yaml, .json and .csv files as text', () => {
    for (const [path, text] of Object.entries(TEXT_FILES)) {
      const artifact = byPath.get(path)!
      expect(artifact, path).toMatchObject({ view: 'text', note: null })
      expect(notPublishedLabel(artifact, 'en'), path).toBeNull()
      expect(readFileSync(join(out, 'artifacts', RUN, path), 'utf8')).toBe(text)
    }
  })

  it('flags an SVG whose scripts were removed, in one problem line and in the preview', () => {
    const evil = byPath.get('plots/evil.svg')!
    expect(evil.note).toEqual({ code: 'activeContentRemoved', removed: ['onload', '<script>'] })
    expect(readFileSync(join(out, 'artifacts', RUN, 'plots', 'evil.svg'), 'utf8')).toBe(
      `<svg ${SVG_NS}><rect width="2"></rect></svg>`,
    )
    expect(problems.filter((p) => p.includes('evil.svg'))).toEqual([
      `./mlruns run ${RUN} artifacts/plots/evil.svg: active content removed from plots/evil.svg before publishing: onload, <script>`,
    ])
    expect(byPath.get('plots/clean.svg')).toMatchObject({ view: 'image', note: null })
    expect(problems.some((p) => p.includes('clean.svg'))).toBe(false)
  })

  it('reports a symlink to /etc/passwd as exactly one problem line naming run, path and rule', () => {
    expect(byPath.has('passwd.txt')).toBe(false)
    expect(problems.filter((p) => p.includes('passwd'))).toEqual([
      `./mlruns/1/${RUN}/artifacts/passwd.txt: artifact "passwd.txt" of run "${RUN}" refused: it leads to /etc/passwd, outside the store, the project and MONITOR_ARTIFACT_ROOTS`,
    ])
  })
})
