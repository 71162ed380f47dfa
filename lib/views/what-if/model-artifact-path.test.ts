import { describe, expect, it } from 'vitest'
import { modelArtifactFolder } from './model-artifact-path'

describe('modelArtifactFolder', () => {
  it('reads the folder from runs:/ and artifact URIs, else uses "model"', () => {
    expect(modelArtifactFolder('runs:/802b20ecf7a548d584211dd58bc0859a/model')).toBe('model')
    expect(modelArtifactFolder('runs:/abc/sub/model/')).toBe('sub/model')
    expect(modelArtifactFolder('file:///work/mlruns/1/abc/artifacts/clf')).toBe('clf')
    expect(modelArtifactFolder('s3://bucket/1/abc/artifacts/a/b')).toBe('a/b')
    expect(modelArtifactFolder('models:/m-0123456789abcdef')).toBe('model')
    expect(modelArtifactFolder('')).toBe('model')
  })
})
