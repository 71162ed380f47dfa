import { describe, expect, test } from 'vitest'
import { artifactRootCandidates, cleanArtifactPath } from './sqlite-artifact-roots'

const RUN = 'c0ffee00000000000000000000000002'

describe('artifactRootCandidates', () => {
  test('mlflow-artifacts: URIs map into the database folder first', () => {
    expect(artifactRootCandidates('/p', '1', RUN, `mlflow-artifacts:/1/${RUN}/artifacts`)).toEqual([
      `/p/mlartifacts/1/${RUN}/artifacts`,
      `/p/mlruns/1/${RUN}/artifacts`,
    ])
    expect(
      artifactRootCandidates('/p', '1', RUN, `mlflow-artifacts://srv:5000/1/${RUN}/artifacts`)[0],
    ).toBe(`/p/mlartifacts/1/${RUN}/artifacts`)
  })

  test('a path from another machine: local folders first, then the stored path, then its mlruns tail', () => {
    expect(
      artifactRootCandidates('/p', '7', RUN, `file:///home/a/x/mlruns/3/${RUN}/artifacts`),
    ).toEqual([
      `/p/mlartifacts/7/${RUN}/artifacts`,
      `/p/mlruns/7/${RUN}/artifacts`,
      `/home/a/x/mlruns/3/${RUN}/artifacts`,
      `/p/mlruns/3/${RUN}/artifacts`,
    ])
    expect(artifactRootCandidates('/p', '1', RUN, `./mlruns/1/${RUN}/artifacts`)).toEqual([
      `/p/mlartifacts/1/${RUN}/artifacts`,
      `/p/mlruns/1/${RUN}/artifacts`,
    ])
  })

  test('remote storage adds no local guess', () => {
    expect(artifactRootCandidates('/p', '1', RUN, `s3://b/mlruns/1/${RUN}/artifacts`)).toHaveLength(
      2,
    )
  })
})

test('cleanArtifactPath keeps paths inside the run folder', () => {
  expect(cleanArtifactPath(undefined)).toBe('')
  expect(cleanArtifactPath('./model//MLmodel')).toBe('model/MLmodel')
  expect(cleanArtifactPath('model\\data')).toBe('model/data')
  expect(cleanArtifactPath('../x')).toBeNull()
  expect(cleanArtifactPath('/etc/passwd')).toBeNull()
})
