import { describe, expect, it } from 'vitest'
import { artifactRootCandidates, safeArtifactPath } from './filestore-artifact-root'

const root = '/home/kobe/proj/mlruns'
const run = `${root}/1/abc`

describe('artifactRootCandidates', () => {
  it('tries the run folder first, then what the stored URI means on this machine', () => {
    expect(artifactRootCandidates(run, 'file:///data/mlruns/1/abc/artifacts', root)).toEqual([
      `${run}/artifacts`,
      '/data/mlruns/1/abc/artifacts',
    ])
    expect(artifactRootCandidates(run, 'mlflow-artifacts:/1/abc/artifacts', root)).toEqual([
      `${run}/artifacts`,
      '/home/kobe/proj/mlartifacts/1/abc/artifacts',
    ])
    expect(
      artifactRootCandidates(run, 'mlflow-artifacts://host:5000/1/abc/artifacts', root),
    ).toEqual([`${run}/artifacts`, '/home/kobe/proj/mlartifacts/1/abc/artifacts'])
    // relative to the project folder (here the run folder again, kept once), then to the cwd
    expect(artifactRootCandidates(run, './mlruns/1/abc/artifacts', root)).toEqual([
      `${run}/artifacts`,
      `${process.cwd()}/mlruns/1/abc/artifacts`,
    ])
    expect(artifactRootCandidates(run, 'old/mlruns/1/abc/artifacts', root)).toEqual([
      `${run}/artifacts`,
      '/home/kobe/proj/old/mlruns/1/abc/artifacts',
      `${process.cwd()}/old/mlruns/1/abc/artifacts`,
    ])
  })

  it('ignores remote URIs and keeps a stored path equal to the run folder once', () => {
    expect(artifactRootCandidates(run, 's3://bucket/1/abc/artifacts', root)).toEqual([
      `${run}/artifacts`,
    ])
    expect(artifactRootCandidates(run, `${run}/artifacts`, root)).toEqual([`${run}/artifacts`])
    expect(artifactRootCandidates(run, '', root)).toEqual([`${run}/artifacts`])
  })
})

describe('safeArtifactPath', () => {
  it('normalises harmless paths', () => {
    expect(safeArtifactPath('')).toBe('')
    expect(safeArtifactPath('model/MLmodel')).toBe('model/MLmodel')
    expect(safeArtifactPath('./model//MLmodel/')).toBe('model/MLmodel')
  })

  it('refuses paths that could leave the artifact folder', () => {
    for (const path of ['..', '../x', 'a/../../x', '/etc/passwd', 'a\\..\\b', 'C:/x', 'a\0b']) {
      expect(safeArtifactPath(path)).toBeNull()
    }
  })
})
