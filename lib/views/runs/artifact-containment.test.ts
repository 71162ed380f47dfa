import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openTrackingInput } from '../../site-data/open-tracking-input'
import { buildRunsSnapshot } from '../../site-data/runs/build-runs-snapshot'
import { parseRunsSnapshot } from '../../site-data/runs/parse-runs-snapshot'

const FIXTURES = fileURLToPath(
  new URL('../../mlflow/fixtures/filestore/mlflow1x/mlruns', import.meta.url),
)
const temp = mkdtempSync(join(tmpdir(), 'leak-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const RUN = '5b9f3a6f0c9d4f3e8a7b6c5d4e3f2a1b'
const ETC_RUN = 'e7c0e7c0e7c0e7c0e7c0e7c0e7c0e7c0'
const TMP_RUN = '7a707a707a707a707a707a707a707a70'
const SECRET = 'API_KEY=sk-not-for-the-site-4711\n'

/** Every file under `folder`, as paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/** A copy of the fixture run without artifacts, under a new id, pointing at `artifactUri`. */
function runPointingAt(store: string, id: string, artifactUri: string) {
  const folder = join(store, '1', id)
  cpSync(join(store, '1', '0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a'), folder, { recursive: true })
  const meta = readFileSync(join(folder, 'meta.yaml'), 'utf8')
    .replace(/^artifact_uri:.*$/m, `artifact_uri: ${artifactUri}`)
    .replaceAll('0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a', id)
  writeFileSync(join(folder, 'meta.yaml'), meta)
}

describe('a store prepared to leak /etc/passwd and a secret file', async () => {
  const project = join(temp, 'project')
  const store = join(project, 'mlruns')
  cpSync(FIXTURES, store, { recursive: true })
  const outside = join(temp, 'outside')
  mkdirSync(outside)
  writeFileSync(join(outside, 'secret.txt'), SECRET)
  writeFileSync(join(outside, 'stolen.png'), 'not really a png')
  const extra = join(temp, 'extra')
  mkdirSync(extra)
  writeFileSync(join(extra, 'shared.txt'), 'named by the user\n')

  const artifacts = join(store, '1', RUN, 'artifacts')
  symlinkSync('/etc/passwd', join(artifacts, 'passwd.txt'))
  symlinkSync(join(outside, 'secret.txt'), join(artifacts, 'secret.txt'))
  symlinkSync(outside, join(artifacts, 'outside-folder'))
  symlinkSync('.', join(artifacts, 'loop'))
  symlinkSync(store, join(artifacts, 'store'))
  symlinkSync(join(extra, 'shared.txt'), join(artifacts, 'shared.txt'))
  writeFileSync(join(artifacts, 'big.png'), new Uint8Array(300))
  writeFileSync(join(artifacts, 'model.pkl'), new Uint8Array([0x80, 0x04]))
  runPointingAt(store, ETC_RUN, 'file:///etc')
  runPointingAt(store, TMP_RUN, `../../../..${outside}`)

  const out = join(temp, 'out')
  const saved = { ...process.env }
  process.env.MONITOR_ARTIFACT_ROOTS = extra
  process.env.MONITOR_ARTIFACT_MAX_BYTES = '200'
  try {
    await buildRunsSnapshot({
      tracking: await openTrackingInput(store, project),
      outDir: out,
      cwd: project,
    })
  } finally {
    process.env = saved
  }
  const back = parseRunsSnapshot(readFileSync(join(out, 'runs.json'), 'utf8'))
  const problems = back.problems.map((p) => `${p.path}: ${p.message}`)
  const paths = (id: string) => back.runs.find((r) => r.id === id)!.artifacts.map((a) => a.path)
  const published = filesUnder(out)

  it('publishes no byte of /etc/passwd or the secret file', () => {
    const passwd = readFileSync('/etc/passwd', 'utf8')
    for (const file of published) {
      const text = readFileSync(file, 'utf8')
      expect(text, file).not.toContain(SECRET.trim())
      expect(text.includes(passwd.slice(0, 40)), file).toBe(false)
      expect(text, file).not.toContain('root:x:0:0')
    }
    expect(existsSync(join(out, 'artifacts', RUN, 'passwd.txt'))).toBe(false)
    expect(existsSync(join(out, 'artifacts', RUN, 'secret.txt'))).toBe(false)
  })

  it('refuses a file symlink to /etc/passwd and to a secret outside the store, naming run and rule', () => {
    expect(paths(RUN)).not.toContain('passwd.txt')
    expect(paths(RUN)).not.toContain('secret.txt')
    expect(problems).toContainEqual(
      `./mlruns/1/${RUN}/artifacts/passwd.txt: artifact "passwd.txt" of run "${RUN}" refused: it leads to /etc/passwd, outside the store, the project and MONITOR_ARTIFACT_ROOTS`,
    )
    expect(
      problems.some((p) =>
        p.includes(`"secret.txt" of run "${RUN}" refused: it leads to ${outside}`),
      ),
    ).toBe(true)
  })

  it('never walks a symlinked folder outside the roots, or one that loops back', () => {
    const listed = paths(RUN)
    expect(
      listed.filter(
        (p) => p.startsWith('outside-folder') || p.startsWith('loop') || p.startsWith('store'),
      ),
    ).toEqual([])
    expect(listed.some((p) => p.endsWith('meta.yaml'))).toBe(false)
    expect(
      problems.some((p) => p.includes(`"loop" of run "${RUN}" refused: a symlinked folder`)),
    ).toBe(true)
    expect(
      problems.some((p) =>
        p.includes(`"store" of run "${RUN}" refused: a symlinked folder leading to ./mlruns,`),
      ),
    ).toBe(true)
    expect(
      problems.some((p) =>
        p.includes(`"outside-folder" of run "${RUN}" refused: it leads to ${outside}`),
      ),
    ).toBe(true)
    expect(back.runs.map((r) => r.id).sort()).toEqual(
      [RUN, '0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a', ETC_RUN, TMP_RUN].sort(),
    )
  })

  it('refuses artifact_uri file:///etc and a relative ../../../../ path leaving the project', () => {
    expect(paths(ETC_RUN)).toEqual([])
    expect(paths(TMP_RUN)).toEqual([])
    expect(
      problems.some((p) =>
        p.includes(`artifact folder of run "${ETC_RUN}" refused (real path /etc)`),
      ),
    ).toBe(true)
    expect(
      problems.some((p) =>
        p.includes(`artifact folder of run "${TMP_RUN}" refused (real path ${outside})`),
      ),
    ).toBe(true)
    expect(existsSync(join(out, 'artifacts', ETC_RUN))).toBe(false)
    expect(existsSync(join(out, 'artifacts', TMP_RUN))).toBe(false)
  })

  it('publishes a file from a folder named in MONITOR_ARTIFACT_ROOTS', () => {
    expect(readFileSync(join(out, 'artifacts', RUN, 'shared.txt'), 'utf8')).toBe(
      'named by the user\n',
    )
  })

  it('copies no disallowed type and nothing over MONITOR_ARTIFACT_MAX_BYTES, and says why', () => {
    expect(existsSync(join(out, 'artifacts', RUN, 'model.pkl'))).toBe(false)
    expect(existsSync(join(out, 'artifacts', RUN, 'big.png'))).toBe(false)
    const big = back.runs.find((r) => r.id === RUN)!.artifacts.find((a) => a.path === 'big.png')
    expect(big).toMatchObject({ view: null, file: null, note: { code: 'tooLarge', limit: 200 } })
    expect(
      problems.some((p) =>
        p.includes(`run ${RUN} artifacts/big.png: not published: larger than the 200-byte limit`),
      ),
    ).toBe(true)
  })
})
