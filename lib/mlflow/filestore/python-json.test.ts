import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pythonJsonDumps } from './python-json'
import { pythonFloatRepr } from './python-repr'

// Pinned by scripts/crosscheck/filestore/pyyaml_dump.py (Python json.dumps)
const dir = join(__dirname, '..', 'fixtures', 'filestore', 'pyyaml')
const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as {
  json: Record<string, unknown>
}
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
  json: Record<string, string>
  json_indent2: Record<string, string>
}

describe('pythonJsonDumps', () => {
  it.each(Object.keys(cases.json))('writes %s as json.dumps does', (name) => {
    expect(pythonJsonDumps(cases.json[name])).toBe(expected.json[name])
  })

  it.each(Object.keys(cases.json))('writes %s as json.dumps(indent=2) does', (name) => {
    expect(pythonJsonDumps(cases.json[name], { indent: 2 })).toBe(expected.json_indent2[name])
  })

  it('writes NaN and infinities as Python does', () => {
    expect(pythonJsonDumps([NaN, Infinity, -Infinity, 1e-7])).toBe(
      '[NaN, Infinity, -Infinity, 1e-07]',
    )
  })
})

describe('pythonFloatRepr', () => {
  it('switches to exponent notation where CPython does', () => {
    expect(pythonFloatRepr(0.0001)).toBe('0.0001')
    expect(pythonFloatRepr(0.00001)).toBe('1e-05')
    expect(pythonFloatRepr(1234567890123456)).toBe('1234567890123456.0')
    expect(pythonFloatRepr(1e16)).toBe('1e+16')
    expect(pythonFloatRepr(-1.5e-300)).toBe('-1.5e-300')
    expect(pythonFloatRepr(100)).toBe('100.0')
  })
})
