import { execFileSync } from 'node:child_process'
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
import { afterAll, describe, expect, it } from 'vitest'
import { TrackingReadError } from '../../tracking/tracking-read-error'
import { openFileStore } from './reader'
import { portableSnapshotJson, snapshotFileStore } from './snapshot'

const fixtures = join(__dirname, '..', 'fixtures', 'filestore')
const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function tempCopy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'filestore-reader-'))
  temps.push(dir)
  cpSync(join(fixtures, name), dir, { recursive: true })
  return join(dir, 'mlruns')
}

describe('openFileStore on fixture stores', () => {
  it.each(['mlflow1x', 'mlflow2x', 'mlflow3x', 'edge-cases'])(
    'reads %s exactly as expected.json says',
    async (name) => {
      const root = join(fixtures, name, 'mlruns')
      const store = openFileStore(root)
      const actual = JSON.parse(portableSnapshotJson(await snapshotFileStore(store), root))
      const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8'))
      expect(actual).toEqual(expected)
    },
  )
})

describe('openFileStore details', () => {
  const edge = join(fixtures, 'edge-cases', 'mlruns')
  const crlfRun = 'c0ffee00c0ffee00c0ffee00c0ffee00'

  it('keeps NaN and infinities as numbers', async () => {
    const store = openFileStore(edge)
    const run = (await store.listRuns('100')).find((r) => r.id === crlfRun)
    expect(run?.metrics.nan_metric?.value).toBeNaN()
    expect(run?.metrics.inf_metric?.value).toBe(Infinity)
    expect(run?.metrics.neg_inf_metric?.value).toBe(-Infinity)
    expect(run?.metrics['train/loss']).toEqual({ timestamp: 1700000112000, value: 0.61, step: 1 })
  })

  it('reads artifact bytes and refuses paths that leave the artifact folder', async () => {
    const store = openFileStore(edge)
    const bytes = await store.readArtifact(crlfRun, 'nested/deeper/data.csv')
    expect(new TextDecoder().decode(bytes)).toBe('a,b\n1,2\n')
    for (const path of ['../meta.yaml', 'nested/../../meta.yaml', '/etc/passwd', '..\\meta.yaml']) {
      await expect(store.readArtifact(crlfRun, path)).rejects.toBeInstanceOf(TrackingReadError)
    }
    expect(await store.listArtifacts(crlfRun, '../..')).toEqual([])
    await expect(store.readArtifact(crlfRun, 'missing.txt')).rejects.toThrow('artifact not found')
    await expect(store.readArtifact(crlfRun, 'nested')).rejects.toThrow('is a folder')
  })

  it('finds runs of a deleted experiment by id and lists artifacts of a sub-folder', async () => {
    const store = openFileStore(edge)
    expect(await store.getMetricHistory('1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e', 'auc')).toEqual([
      { timestamp: 1700000806000, value: 0.71, step: 0 },
    ])
    expect(await store.listArtifacts(crlfRun, 'nested')).toEqual([
      { path: 'nested/deeper', isDir: true, size: null },
    ])
  })

  it('reports unknown runs, experiments and keys without throwing', async () => {
    const store = openFileStore(edge)
    expect(await store.getMetricHistory('ffffffffffffffffffffffffffffffff', 'loss')).toEqual([])
    expect(await store.getMetricHistory('../100', 'loss')).toEqual([])
    expect(await store.getMetricHistory(crlfRun, '../meta.yaml')).toEqual([])
    expect(await store.getMetricHistory(crlfRun, 'no_such_metric')).toEqual([])
    expect(await store.listRuns('999')).toEqual([])
    expect(await store.listRuns('../..')).toEqual([])
    expect(store.problems().map((p) => p.message)).toEqual([
      'run "ffffffffffffffffffffffffffffffff" not found in any experiment',
      'run "../100" not found in any experiment',
      'metric key "../meta.yaml" refused: not a valid key',
      'experiment "999" not found',
      '"../.." is not a valid experiment id',
    ])
  })

  it('reports a missing store folder once and returns nothing', async () => {
    const store = openFileStore(join(fixtures, 'no-such-store'))
    expect(await store.listExperiments()).toEqual([])
    expect(await store.listExperiments()).toEqual([])
    expect(await store.listRegisteredModels()).toEqual([])
    expect(store.problems()).toEqual([
      { path: join(fixtures, 'no-such-store'), message: 'store folder does not exist' },
    ])
  })

  it('treats empty metrics/, params/ and tags/ folders as no keys', async () => {
    const root = tempCopy('mlflow1x')
    const run = join(root, '1', '0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a')
    for (const folder of ['metrics', 'tags', 'artifacts']) mkdirSync(join(run, folder))
    rmSync(join(run, 'params', 'max_iter'))
    const store = openFileStore(root)
    const runs = await store.listRuns('1')
    const legacy = runs.find((r) => r.id === '0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a')
    expect(legacy).toMatchObject({ name: 'legacy-name', params: {}, tags: {}, metrics: {} })
    expect(await store.listArtifacts(legacy?.id ?? '')).toEqual([])
    expect(store.problems()).toEqual([])
  })

  it('reports a folder where meta.yaml should be a file', async () => {
    const root = tempCopy('mlflow1x')
    rmSync(join(root, '0', 'meta.yaml'))
    mkdirSync(join(root, '0', 'meta.yaml'))
    const store = openFileStore(root)
    expect((await store.listExperiments()).map((e) => e.id)).toEqual(['1'])
    expect(store.problems()).toEqual([
      { path: join(root, '0', 'meta.yaml'), message: 'expected a file, found a folder' },
    ])
  })

  it('neither hangs nor crashes on pipes, link loops, garbage and YAML bombs', async () => {
    const root = tempCopy('mlflow1x')
    const run = join(root, '1', '5b9f3a6f0c9d4f3e8a7b6c5d4e3f2a1b')
    execFileSync('mkfifo', [join(root, '0', 'pipe-run-meta')])
    mkdirSync(join(root, '0', 'fifo0000fifo0000fifo0000fifo0000'))
    symlinkSync(
      join(root, '0', 'pipe-run-meta'),
      join(root, '0', 'fifo0000fifo0000fifo0000fifo0000', 'meta.yaml'),
    )
    execFileSync('mkfifo', [join(run, 'params', 'pipe')])
    symlinkSync(join(run, 'metrics'), join(run, 'metrics', 'loop'))
    writeFileSync(join(run, 'params', 'garbage'), Buffer.from([0xff, 0xfe, 0x00, 0xc3]))
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9)
          .fill(`*${i === 0 ? 'a' : 'bcdefghi'[i - 1]}`)
          .join(', ')}]`,
      )
    mkdirSync(join(root, '7'))
    writeFileSync(join(root, '7', 'meta.yaml'), bomb.join('\n'))
    const store = openFileStore(root)
    const experiments = await store.listExperiments()
    expect(experiments.map((e) => e.id)).toEqual(['0', '1'])
    expect(await store.listRuns('0')).toEqual([])
    const [runA] = await store.listRuns('1')
    expect(runA?.params).toEqual({ alpha: '0.5', solver: 'lbfgs' })
    expect(Object.keys(runA?.metrics ?? {})).toEqual(['accuracy', 'loss'])
    expect(store.problems().map((p) => [p.path.slice(root.length), p.message])).toEqual([
      ['/7/meta.yaml', expect.stringMatching(/^invalid YAML \(.*alias/i)],
      // opened without blocking (O_NONBLOCK): a pipe with no writer reads as empty
      ['/0/fifo0000fifo0000fifo0000fifo0000/meta.yaml', 'the file is empty'],
      ['/1/5b9f3a6f0c9d4f3e8a7b6c5d4e3f2a1b/params/garbage', 'not UTF-8 text (binary content?)'],
    ])
  })
})
