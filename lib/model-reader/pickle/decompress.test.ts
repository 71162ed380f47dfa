import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync, zlibSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { decompressPickle } from './decompress'

const pickle = readFileSync(join(__dirname, '..', 'fixtures', 'linear_regression.p4.pkl'))

describe('decompressPickle', () => {
  it('leaves a plain pickle as it is', () => {
    expect(decompressPickle(pickle, 'm.pkl')).toBe(pickle)
  })
  it('inflates zlib and gzip streams back to the same bytes', () => {
    expect(Buffer.from(decompressPickle(zlibSync(pickle), 'm.pkl')).equals(pickle)).toBe(true)
    expect(Buffer.from(decompressPickle(gzipSync(pickle), 'm.pkl')).equals(pickle)).toBe(true)
  })
  it('names a truncated compressed file in one sentence', () => {
    const cut = zlibSync(pickle).subarray(0, 40)
    expect(() => decompressPickle(cut, 'm.pkl')).toThrow(
      /^m\.pkl looks zlib-compressed but does not inflate: /,
    )
  })
})
