import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Columns, ModelNode } from '../model-node'
import type { PyValue } from '../py-value'
import { ESTIMATOR_OPS } from './index'

/** Test helper: rebuilds the PyValues of a JSON dump written by make_estimator_fixtures.py. */
type J = null | boolean | number | string | J[] | { [k: string]: J }

export function fromJson(v: J): PyValue {
  if (Array.isArray(v)) return v.map(fromJson)
  if (v === null || typeof v !== 'object') return v
  if ('__ndarray__' in v) {
    const dtype = String(v.__ndarray__)
    const data = v.data as J[]
    return {
      kind: 'ndarray',
      dtype,
      shape: v.shape as number[],
      data:
        dtype === 'structured'
          ? (data as Record<string, number>[])
          : dtype === '|O'
            ? data.map(fromJson)
            : typeof data[0] === 'string'
              ? (data as string[])
              : Float64Array.from(data as number[]),
      ...(v.fields ? { fields: v.fields as string[] } : {}),
    }
  }
  if ('__class__' in v) {
    const state = fromJson(v.state ?? {}) as Record<string, PyValue>
    return { kind: 'object', className: String(v.__class__), state }
  }
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromJson(x)]))
}

export interface Fixture {
  node: ModelNode
  X: number[][]
  expected: number[][] | number[]
}

const DIR = join(__dirname, '..', 'fixtures', 'estimators')

export function build(v: PyValue): ModelNode {
  const obj = v as Extract<PyValue, { kind: 'object' }>
  const spec = ESTIMATOR_OPS.find((s) => s.classNames.includes(obj.className))
  if (!spec) throw new Error(`no op for ${obj.className}`)
  return spec.build(obj, { file: 'fixture', build: (o) => build(o) })
}

export function applyNode(node: ModelNode, input: Columns): Columns {
  const spec = ESTIMATOR_OPS.find((s) => s.op === node.op)
  if (!spec) throw new Error(`no op ${node.op}`)
  return spec.apply(node, input, applyNode)
}

export function loadFixture(name: string): Fixture {
  const doc = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as {
    model: J
    X: number[][]
    expected: number[][] | number[]
  }
  return { node: build(fromJson(doc.model)), X: doc.X, expected: doc.expected }
}

export function toColumns(X: number[][]): Columns {
  const n = X[0]?.length ?? 0
  return {
    names: Array.from({ length: n }, (_, i) => `x${i}`),
    cols: Array.from({ length: n }, (_, j) => Float64Array.from(X, (r) => r[j]!)),
    rows: X.length,
  }
}
