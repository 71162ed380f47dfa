import { expect, test } from 'vitest'
import { cleanArtifactPath } from './artifact-roots'

test('cleanArtifactPath keeps paths inside the run folder', () => {
  expect(cleanArtifactPath(undefined)).toBe('')
  expect(cleanArtifactPath('./model//MLmodel')).toBe('model/MLmodel')
  expect(cleanArtifactPath('model\\data')).toBe('model/data')
  expect(cleanArtifactPath('../x')).toBeNull()
  expect(cleanArtifactPath('/etc/passwd')).toBeNull()
})
