import { describe, expect, it } from 'vitest'
import { safeArtifactPath } from './artifact-root'

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
