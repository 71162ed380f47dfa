import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { NdArray, PyObject } from '../py-value'
import { PickleRefusedError, unpickle } from './unpickle'

// the real student models, in ../shared beside the repository (as in CI)
const peer = (name: string) =>
  readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'peer-models', name))
const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0))

describe('unpickle refuses globals outside the whitelist', () => {
  it('refuses os.system in a protocol 0 GLOBAL', () => {
    expect(() => unpickle(bytes("cos\nsystem\n(S'echo hi'\ntR."), 'evil.pkl')).toThrow(
      PickleRefusedError,
    )
    expect(() => unpickle(bytes("cos\nsystem\n(S'echo hi'\ntR."), 'evil.pkl')).toThrow(
      /evil\.pkl.*os\.system/,
    )
  })
  it('refuses builtins.eval named by STACK_GLOBAL (protocol 4)', () => {
    const p = '\x80\x04\x8c\x08builtins\x94\x8c\x04eval\x94\x93\x94\x8c\x031+1\x94\x85\x94R\x94.'
    expect(() => unpickle(bytes(p), 'eval.pkl')).toThrow(/builtins\.eval/)
  })
  it('refuses subprocess.Popen even after a whitelisted sklearn object', () => {
    const p =
      '\x80\x04\x8c\x07sklearn\x94\x8c\x03Foo\x94\x93\x94)\x81\x94' +
      '\x8c\nsubprocess\x94\x8c\x05Popen\x94\x93\x94\x8c\x02ls\x94\x85\x94R\x94\x86\x94.'
    expect(() => unpickle(bytes(p), 'popen.pkl')).toThrow(/subprocess\.Popen/)
  })
  it('refuses XGBoost globals beyond the two wrappers and the Booster (a callback, a DMatrix)', () => {
    const callback = '\x80\x02cxgboost.callback\nEarlyStopping\n)\x81.'
    expect(() => unpickle(bytes(callback), 'cb.pkl')).toThrow(
      'cb.pkl was refused: it names the global xgboost.callback.EarlyStopping, which a model file has no reason to use.',
    )
    expect(() => unpickle(bytes('\x80\x02cxgboost.core\nDMatrix\n)\x81.'), 'd.pkl')).toThrow(
      /xgboost\.core\.DMatrix/,
    )
  })
  it('rebuilds a bytearray from protocols 2 (_codecs.encode), 3-4 (REDUCE) and 5 (BYTEARRAY8)', () => {
    const p2 =
      '\x80\x02c__builtin__\nbytearray\nc_codecs\nencode\nX\x04\x00\x00\x00ab\xc3\xbfX\x06\x00\x00\x00latin1\x86R\x85R.'
    const p4 = '\x80\x04\x8c\x08builtins\x8c\tbytearray\x93C\x03ab\xff\x85R.'
    const p5 = '\x80\x05\x96\x03\x00\x00\x00\x00\x00\x00\x00ab\xff.'
    for (const p of [p2, p4, p5])
      expect(Array.from(unpickle(bytes(p), 'b.pkl') as Uint8Array)).toEqual([97, 98, 255])
  })
  it('reports a truncated pickle in one sentence naming the file', () => {
    const b = peer('logistic_model.pkl').subarray(0, 300)
    expect(() => unpickle(b, 'logistic_model.pkl')).toThrow(
      /logistic_model\.pkl is not a readable pickle/,
    )
  })
})

describe('joblib files the reader names instead of reading', () => {
  it('names a joblib < 0.10 pickle whose arrays live in separate .npy files', () => {
    const p =
      '\x80\x02cjoblib.numpy_pickle\nNDArrayWrapper\nq\x00)\x81q\x01}q\x02' +
      'X\x08\x00\x00\x00filenameq\x03X\x10\x00\x00\x00model.pkl_01.npyq\x04sb.'
    expect(() => unpickle(bytes(p), 'model.pkl')).toThrow(
      'model.pkl was written by joblib older than 0.10, which keeps its numpy arrays in separate files (model.pkl_01.npy); the model reader does not read them: load it with joblib and save it again with joblib.dump(model, path).',
    )
  })
})

describe('unpickle rebuilds real scikit-learn state', () => {
  it('reads the peer LogisticRegression (protocol 4) with coef_, intercept_ and feature names', () => {
    const m = unpickle(peer('logistic_model.pkl'), 'logistic_model.pkl') as PyObject
    expect(m.className).toBe('sklearn.linear_model._logistic.LogisticRegression')
    const coef = m.state.coef_ as NdArray
    expect(coef.shape).toEqual([1, 6])
    expect((coef.data as Float64Array)[0]).toBeCloseTo(-1.3560490159633873, 15)
    expect((m.state.feature_names_in_ as NdArray).data).toEqual([
      'lat',
      'lng',
      'minutes_remaining',
      'period',
      'playoffs',
      'shot_distance',
    ])
  })
  it('decodes the structured tree nodes dtype with missing_go_to_left', () => {
    const m = unpickle(peer('decisionTree.pkl'), 'decisionTree.pkl') as PyObject
    const tree = m.state.tree_ as PyObject
    const nodes = tree.state.nodes as NdArray
    expect(nodes.fields).toContain('missing_go_to_left')
    expect(nodes.shape).toEqual([9709])
    expect((nodes.data as Record<string, number>[])[0]).toMatchObject({
      left_child: 1,
      feature: 5,
      threshold: 2.5,
      n_node_samples: 16228,
    })
    expect((tree.state.values as NdArray).shape).toEqual([9709, 1, 2])
  })
})
