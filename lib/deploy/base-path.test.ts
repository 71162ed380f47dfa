import { describe, expect, it } from 'vitest'
import { parseBasePath } from './base-path.mjs'

describe('parseBasePath (BASE_PATH for sub-path hosting)', () => {
  it('serves at the root when unset or empty', () => {
    expect(parseBasePath(undefined)).toBe('')
    expect(parseBasePath('')).toBe('')
    expect(parseBasePath(' / ')).toBe('')
  })

  it('normalises to one leading slash and no trailing slash', () => {
    expect(parseBasePath('kobe-monitor')).toBe('/kobe-monitor')
    expect(parseBasePath('/kobe-monitor/')).toBe('/kobe-monitor')
    expect(parseBasePath('//a/b.c_d~e//')).toBe('/a/b.c_d~e')
  })

  it('refuses what a URL sub-path cannot hold, naming the variable and the value', () => {
    expect(() => parseBasePath('/my repo')).toThrow(
      'BASE_PATH="/my repo" is not a URL sub-path: "my repo" may hold only letters, digits',
    )
    expect(() => parseBasePath('/a/../b')).toThrow('"..')
    expect(() => parseBasePath('https://x.github.io/repo')).toThrow('"https:"')
    expect(() => parseBasePath('/a?b')).toThrow('"a?b"')
  })
})
