import { describe, expect, it } from 'vitest'
import { artifactView, copySuffix, looksLikeText } from './artifact-kind'
import { isSafeRunId, safeArtifactSegments, siteFileUrl } from './artifact-output-path'
import { splitTags } from './split-tags'

describe('artifactView', () => {
  it('tells images, text, parquet and the rest apart by name', () => {
    expect(['plots/roc.PNG', 'a.jpeg', 'b.svg', 'c.gif'].map(artifactView)).toEqual([
      'image',
      'image',
      'image',
      'image',
    ])
    expect(
      ['model/MLmodel', 'conda.yaml', 'x.json', 'p.csv', 'r.html', 'requirements'].map(
        artifactView,
      ),
    ).toEqual(['text', 'text', 'text', 'text', 'text', 'text'])
    expect(artifactView('data/base_test.parquet')).toBe('parquet')
    expect(['model.pkl', 'weights.bin', '.hidden', 'folder/noext'].map(artifactView)).toEqual([
      null,
      null,
      null,
      null,
    ])
  })

  it('keeps HTML from being served as a page and tells text from binary', () => {
    expect(copySuffix('report.html')).toBe('.txt')
    expect(copySuffix('report.csv')).toBe('')
    expect(looksLikeText(new TextEncoder().encode('ação, 0.5\n'))).toBe(true)
    expect(looksLikeText(new Uint8Array([0x50, 0x00]))).toBe(false)
    expect(looksLikeText(new Uint8Array([0xff, 0xfe, 0x41]))).toBe(false)
  })
})

describe('artifact output paths', () => {
  it('refuses paths that would leave the run folder or name odd files', () => {
    expect(safeArtifactSegments('model/MLmodel')).toEqual(['model', 'MLmodel'])
    for (const bad of [
      '',
      '/etc/passwd',
      '../x',
      'a/../../x',
      'a//b',
      'a/./b',
      'C:\\x',
      'a\u0000b',
      'a/b?c',
    ]) {
      expect(safeArtifactSegments(bad)).toBeNull()
    }
    expect(isSafeRunId('3f2a9c6e1b7d4e0a9c8b7a6f5e4d3c2b')).toBe(true)
    expect(isSafeRunId('../x')).toBe(false)
    expect(siteFileUrl(['plots', 'roc curve#1.png'])).toBe('plots/roc%20curve%231.png')
  })
})

describe('splitTags', () => {
  it('separates user tags from mlflow.* tags', () => {
    expect(
      splitTags({ 'mlflow.runName': 'x', 'pipeline.stage': 'PreparacaoDados', team: 'a' }),
    ).toEqual({
      user: { 'pipeline.stage': 'PreparacaoDados', team: 'a' },
      system: { 'mlflow.runName': 'x' },
    })
  })
})
