import { describe, expect, it } from 'vitest'
import { keyPathIsNotUnique, validateKey, validateValueLength } from './keys'

describe('validateKey', () => {
  it('accepts what MLflow accepts, slashes included', () => {
    for (const key of ['loss', 'train/loss', 'a.b-c d:e', 'précision', 'x_1', 'a/b/c']) {
      expect(() => validateKey('metric', key)).not.toThrow()
    }
  })

  it('refuses characters outside [/\\w.\\- :] and names the key', () => {
    expect(() => validateKey('param', 'lr!')).toThrow('Invalid param name "lr!"')
    expect(() => validateKey('tag', 'a\\b')).toThrow('Invalid tag name "a\\b"')
  })

  it('refuses keys that would resolve to another path', () => {
    for (const key of ['', '/abs', 'a//b', 'a/', './a', 'a/./b', 'a/../b', '..', '..a']) {
      expect(keyPathIsNotUnique(key)).toBe(true)
      expect(() => validateKey('metric', key)).toThrow(`Invalid metric name "${key}"`)
    }
  })

  it('refuses keys longer than 250 characters', () => {
    expect(() => validateKey('metric', 'k'.repeat(250))).not.toThrow()
    expect(() => validateKey('metric', 'k'.repeat(251))).toThrow('251 characters, at most 250')
  })
})

describe('validateValueLength', () => {
  it('applies MLflow limits: 6000 for params, 8000 for tags', () => {
    expect(() => validateValueLength('param', 'p', 'x'.repeat(6000))).not.toThrow()
    expect(() => validateValueLength('param', 'p', 'x'.repeat(6001))).toThrow('param "p" is 6001')
    expect(() => validateValueLength('tag', 't', 'x'.repeat(8001))).toThrow('at most 8000')
  })
})
