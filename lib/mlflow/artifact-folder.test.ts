import { describe, expect, test } from 'vitest'
import { recordedArtifactFolders } from './artifact-folder'

describe('recordedArtifactFolders', () => {
  test('what a stored artifact URI names on this machine', () => {
    expect(recordedArtifactFolders('file:///data/mlruns/1/abc/artifacts', '/p')).toEqual([
      '/data/mlruns/1/abc/artifacts',
    ])
    expect(recordedArtifactFolders('/home/a/x/mlruns/3/abc/artifacts', '/p')).toEqual([
      '/home/a/x/mlruns/3/abc/artifacts',
    ])
    // relative to the project (or database) folder, then to the working directory
    expect(recordedArtifactFolders('./mlruns/1/abc/artifacts', '/p')).toEqual([
      '/p/mlruns/1/abc/artifacts',
      `${process.cwd()}/mlruns/1/abc/artifacts`,
    ])
    expect(recordedArtifactFolders('file:old/mlruns/1/abc', '/p')[0]).toBe('/p/old/mlruns/1/abc')
  })

  test('remote storage and the artifact proxy name no local folder (relocation finds copies)', () => {
    for (const uri of ['s3://b/mlruns/1/abc/artifacts', 'mlflow-artifacts:/1/abc/artifacts', '']) {
      expect(recordedArtifactFolders(uri, '/p')).toEqual([])
    }
  })
})
