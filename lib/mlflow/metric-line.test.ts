import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatMetricLine, formatMetricValue } from './metric-line-format'
import { parseMetricLine, parseMetricValue } from './metric-line-parse'

// Python's repr(float(text)) for each text, pinned by scripts/crosscheck/filestore/pyyaml_dump.py
const expected = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'filestore', 'pyyaml', 'expected.json'), 'utf8'),
) as { metric_values: Record<string, string> }

describe('formatMetricValue', () => {
  it.each(Object.entries(expected.metric_values))(
    'formats %s as Python prints it: %s',
    (text, py) => {
      expect(formatMetricValue(parseMetricValue(text) ?? 0)).toBe(py)
    },
  )

  it('writes nan, inf and -inf, which Python float() reads', () => {
    expect([NaN, Infinity, -Infinity].map(formatMetricValue)).toEqual(['nan', 'inf', '-inf'])
  })

  it('writes a whole line with a trailing newline', () => {
    expect(formatMetricLine({ timestamp: 1733000013000, value: 0.5, step: 7 })).toBe(
      '1733000013000 0.5 7\n',
    )
  })
})

describe('parseMetricValue', () => {
  it('reads every spelling of NaN and infinity, in any case', () => {
    for (const text of ['nan', 'NaN', 'NAN', '+nan']) expect(parseMetricValue(text)).toBeNaN()
    for (const text of ['inf', 'Inf', '+inf', 'Infinity', 'INFINITY']) {
      expect(parseMetricValue(text)).toBe(Infinity)
    }
    expect(parseMetricValue('-inf')).toBe(-Infinity)
    expect(parseMetricValue('-Infinity')).toBe(-Infinity)
  })

  it('reads decimals as Python float() does and refuses what it refuses', () => {
    expect(parseMetricValue('1e-05')).toBe(0.00001)
    expect(parseMetricValue('3')).toBe(3)
    expect(parseMetricValue('.5')).toBe(0.5)
    expect(parseMetricValue('5.')).toBe(5)
    expect(parseMetricValue('1_000.5')).toBe(1000.5)
    for (const text of ['', '0x10', '1e', 'abc', '1,5', '--1', 'infinit']) {
      expect(parseMetricValue(text)).toBeNull()
    }
  })
})

describe('parseMetricLine', () => {
  it('reads 2-field legacy lines with step 0', () => {
    expect(parseMetricLine('1733000013000 0.9')).toEqual({
      ok: true,
      point: { timestamp: 1733000013000, value: 0.9, step: 0 },
    })
  })

  it('reads 3-field lines, CRLF endings and 5-field dataset lines', () => {
    expect(parseMetricLine('1733000013000 0.9 4\r')).toEqual({
      ok: true,
      point: { timestamp: 1733000013000, value: 0.9, step: 4 },
    })
    expect(parseMetricLine('1733000013000 -inf 2 train_set 8f2c1a')).toEqual({
      ok: true,
      point: { timestamp: 1733000013000, value: -Infinity, step: 2 },
    })
  })

  it('reads LoggedModel lines with a run id field only when asked', () => {
    const line = '1733000013000 0.7 1 3f2a9c6e1b7d4e0a9c8b7a6f5e4d3c2b'
    expect(parseMetricLine(line).ok).toBe(false)
    expect(parseMetricLine(line, { loggedModel: true })).toEqual({
      ok: true,
      point: { timestamp: 1733000013000, value: 0.7, step: 1 },
    })
  })

  it('says why a line cannot be read', () => {
    expect(parseMetricLine('17330')).toEqual({
      ok: false,
      reason: 'expected 2, 3 or 5 space-separated fields, found 1',
    })
    expect(parseMetricLine('1733000013000  0.5 1')).toEqual({
      ok: false,
      reason: 'expected 2, 3 or 5 space-separated fields, found 4',
    })
    expect(parseMetricLine('1733000013000 abc 1')).toEqual({
      ok: false,
      reason: 'value "abc" is not a number',
    })
    expect(parseMetricLine('17330.5 0.5 1')).toEqual({
      ok: false,
      reason: 'timestamp "17330.5" is not an integer',
    })
    expect(parseMetricLine('1733000013000 0.5 1.5')).toEqual({
      ok: false,
      reason: 'step "1.5" is not an integer',
    })
  })
})
