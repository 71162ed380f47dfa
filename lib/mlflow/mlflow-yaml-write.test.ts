import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMlflowYaml } from './mlflow-yaml-read'
import { toMlflowYaml } from './mlflow-yaml-write'

// Pinned by scripts/crosscheck/filestore/pyyaml_dump.py (PyYAML 6.0, MLflow's dump options)
const dir = join(__dirname, 'fixtures', 'filestore', 'pyyaml')
const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as {
  yaml: Record<string, Record<string, unknown>>
}
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
  yaml: Record<string, string>
}

describe('toMlflowYaml', () => {
  it.each(Object.keys(cases.yaml))('writes %s byte for byte as PyYAML safe_dump', (name) => {
    expect(toMlflowYaml(cases.yaml[name] ?? {})).toBe(expected.yaml[name])
  })

  it('reads back what it writes', () => {
    for (const data of Object.values(cases.yaml)) {
      expect(parseMlflowYaml(toMlflowYaml(data), 'case.yaml')).toEqual(data)
    }
  })

  it('writes the reference run meta.yaml with quoted ids and null', () => {
    const text = toMlflowYaml(cases.yaml['run-meta'] ?? {})
    expect(text).toContain("experiment_id: '472839150382746512'\n")
    expect(text).toContain('end_time: null\n')
    expect(text).toContain("entry_point_name: ''\n")
    expect(text).toContain('tags: []\n')
  })

  it('writes NaN and infinities as PyYAML does', () => {
    expect(toMlflowYaml({ a: NaN, b: Infinity, c: -Infinity })).toBe('a: .nan\nb: .inf\nc: -.inf\n')
  })
})
