import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePipelineArgs } from './parse-pipeline-args'
import { resolvePipelineConfig } from './pipeline-config'
import { fileStoreRoot } from './tracking-location'

describe('resolvePipelineConfig', () => {
  it('uses the documented defaults', () => {
    const c = resolvePipelineConfig({ projectDir: '/p', env: {} })
    expect(c).toMatchObject({
      rawDir: '/p/data/raw',
      processedDir: '/p/data/processed',
      outputDir: '/p/data/output',
      trackingRoot: '/p/mlruns',
      dataDir: null,
      experiment: 'kobe',
      seed: 42,
      testSize: 0.2,
      registeredModelName: 'kobe-shot-model',
      download: { baseUrl: 'https://github.com/tciodaro/eng_ml/raw/main/data/', timeoutMs: 30000 },
    })
  })

  it('reads KOBE_DATA_DIR, MLFLOW_EXPERIMENT_NAME and MLFLOW_TRACKING_URI; options win', () => {
    const env = {
      KOBE_DATA_DIR: 'kobe',
      MLFLOW_EXPERIMENT_NAME: 'exp',
      MLFLOW_TRACKING_URI: 'file:///srv/mlruns',
    }
    const c = resolvePipelineConfig({ projectDir: '/p', env })
    expect([c.dataDir, c.dataDirLabel, c.experiment, c.trackingRoot]).toEqual([
      '/p/kobe',
      'KOBE_DATA_DIR',
      'exp',
      '/srv/mlruns',
    ])
    const o = resolvePipelineConfig({ projectDir: '/p', env, dataDir: '/d', experiment: 'x' })
    expect([o.dataDir, o.dataDirLabel, o.experiment]).toEqual(['/d', '--data-dir', 'x'])
    const blank = resolvePipelineConfig({
      projectDir: '/p',
      env: { MLFLOW_TRACKING_URI: ' ', MLFLOW_EXPERIMENT_NAME: '' },
    })
    expect([blank.trackingRoot, blank.experiment]).toEqual(['/p/mlruns', 'kobe'])
  })

  it('rejects a bad seed or test size by name', () => {
    expect(() => resolvePipelineConfig({ seed: 1.5, env: {} })).toThrow(
      'seed must be a whole number from 0 to 4294967295, got 1.5',
    )
    expect(() => resolvePipelineConfig({ testSize: 20, env: {} })).toThrow(
      'test size must be between 0 and 1 (e.g. 0.2), got 20',
    )
  })
})

describe('fileStoreRoot', () => {
  it('accepts paths and file URIs, refuses databases and servers', () => {
    expect(fileStoreRoot('store', '/p')).toBe(path.resolve('/p/store'))
    expect(fileStoreRoot('file:///a/b%20c', '/p')).toBe('/a/b c')
    expect(fileStoreRoot('file:rel', '/p')).toBe('/p/rel')
    expect(() => fileStoreRoot('http://localhost:5000', '/p')).toThrow(
      'MLFLOW_TRACKING_URI "http://localhost:5000" uses "http:", but the pipeline writes only MLflow FileStores',
    )
    expect(() => fileStoreRoot('file://host/x', '/p')).toThrow(/is not a usable file URI/)
  })
})

describe('parsePipelineArgs', () => {
  it('maps the flags to options', () => {
    expect(
      parsePipelineArgs([
        '--data-dir',
        'd',
        '--experiment',
        'e',
        '--seed',
        '7',
        '--test-size',
        '0.3',
      ]),
    ).toEqual({ help: false, options: { dataDir: 'd', experiment: 'e', seed: 7, testSize: 0.3 } })
    expect(parsePipelineArgs(['--help']).help).toBe(true)
  })

  it('names a bad flag or value', () => {
    expect(() => parsePipelineArgs(['--seed', 'abc'])).toThrow('--seed expects a number, got "abc"')
    expect(() => parsePipelineArgs(['--sed', '1'])).toThrow(/Unknown option '--sed'/)
  })
})
