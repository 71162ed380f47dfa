import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readModelFile } from './read-model-file'
import { readXgbBooster, XgbModelError } from './estimators/xgboost-booster'
import { decodeUbjson, UbjsonError } from './ubjson'
import { unpickle } from './pickle/unpickle'
import type { PyObject } from './py-value'

/** Bytes from strings (latin1) and numbers, for hand-written UBJSON. */
function ubj(...parts: Array<string | number[]>): Uint8Array {
  const out: number[] = []
  for (const p of parts) {
    if (typeof p === 'string') for (const ch of p) out.push(ch.charCodeAt(0))
    else out.push(...p)
  }
  return Uint8Array.from(out)
}
const int64 = (n: number) => [0, 0, 0, 0, 0, 0, 0, n]

describe('decodeUbjson', () => {
  it('reads the markers XGBoost writes: int64-sized keys, typed float32 and int32 arrays', () => {
    const bytes = ubj(
      '{',
      ['L'.charCodeAt(0), ...int64(1)],
      'a',
      '[$d#',
      ['L'.charCodeAt(0), ...int64(2)],
      [0x3f, 0xc0, 0, 0, 0xbf, 0x80, 0, 0],
      ['L'.charCodeAt(0), ...int64(1)],
      'b',
      '[$l#U',
      [2, 0, 0, 0, 7, 0xff, 0xff, 0xff, 0xff],
      'U',
      [1],
      's',
      'SU',
      [3],
      'gbt',
      'U',
      [1],
      'z',
      '[ZTFi',
      [0xfe],
      'I',
      [1, 0],
      'D',
      [0x40, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18],
      ']',
      '}',
    )
    expect(decodeUbjson(bytes, 'm')).toEqual({
      a: [1.5, -1],
      b: [7, -1],
      s: 'gbt',
      z: [null, true, false, -2, 256, Math.PI],
    })
  })
  it('gives a null-prototype object, so a "__proto__" key is only a key', () => {
    const v = decodeUbjson(ubj('{U', [9], '__proto__', 'T}'), 'm') as Record<string, unknown>
    expect(Object.getPrototypeOf(v)).toBeNull()
    expect(v['__proto__']).toBe(true)
  })
  it('names the offset and the fault of a malformed buffer', () => {
    const bad: Array<[Uint8Array, string]> = [
      [ubj('{U', [1], 'aX}'), 'm is not valid UBJSON at byte 4: "X" is not a UBJSON type marker.'],
      [
        ubj('SU', [9], 'abc'),
        'm is not valid UBJSON at byte 1: the string length 9 exceeds the 3 bytes that remain.',
      ],
      [
        ubj('[$d#U', [4], [0, 0, 0, 0]),
        'm is not valid UBJSON at byte 6: needs 16 more bytes but 4 remain.',
      ],
      [ubj('Si', [0xff]), 'm is not valid UBJSON at byte 1: the string length is negative (-1).'],
      [ubj('TT'), 'm is not valid UBJSON at byte 1: 1 bytes follow the value.'],
      [
        ubj('{U', [1], 'aTU', [1], 'aF}'),
        'm is not valid UBJSON at byte 5: the key "a" appears twice.',
      ],
      [
        ubj('[$iU', [1]),
        'm is not valid UBJSON at byte 3: a container gives its element type without a count.',
      ],
      [ubj(''), 'm is not valid UBJSON at byte 0: it is empty.'],
      [
        ubj('L', [0x7f, 0, 0, 0, 0, 0, 0, 0]),
        'm is not valid UBJSON at byte 1: the int64 9151314442816847872 does not fit a double exactly.',
      ],
    ]
    for (const [bytes, message] of bad) expect(() => decodeUbjson(bytes, 'm')).toThrow(message)
  })
  it('refuses containers nested deeper than 64', () => {
    expect(() => decodeUbjson(ubj('['.repeat(70)), 'm')).toThrow(
      'm is not valid UBJSON at byte 64: containers nest deeper than 64.',
    )
  })
})

describe('a pickle whose Booster bytes are damaged', () => {
  it('is one sentence naming the file, the class and the byte', () => {
    const file = join(__dirname, 'fixtures', 'xgboost', 'xgb_binary.p5.pkl')
    const bytes = Uint8Array.from(readFileSync(file))
    // the Booster's UBJSON starts {L<int64 6>Config{ : break the marker of Config's value
    const start = Buffer.from(bytes).indexOf(
      '{L\x00\x00\x00\x00\x00\x00\x00\x06Config{',
      0,
      'latin1',
    )
    expect(start).toBeGreaterThan(0)
    bytes[start + 16] = 'X'.charCodeAt(0)
    const r = readModelFile(bytes, 'model.pkl')
    expect(r).toEqual({
      ok: false,
      error:
        'model.pkl: XGBClassifier\'s Booster is not valid UBJSON at byte 16: "X" is not a UBJSON type marker.',
    })
  })
})

describe('damaged Booster bytes (seeded mutations of a real one)', () => {
  it('each decodes or throws an UbjsonError, then reads or throws an XgbModelError; nothing else', () => {
    const file = join(__dirname, 'fixtures', 'xgboost', 'xgb_binary.p4.pkl')
    const est = unpickle(readFileSync(file), 'm') as PyObject
    const handle = (est.state._Booster as PyObject).state.handle as Uint8Array
    let seed = 12345
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    let refused = 0
    for (let k = 0; k < 400; k++) {
      const bytes = handle.slice(0, k % 4 === 0 ? Math.floor(next() * handle.length) : undefined)
      for (let m = 0; m < 3; m++)
        bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256)
      try {
        decodeUbjson(bytes, 'm')
      } catch (e) {
        expect(e).toBeInstanceOf(UbjsonError)
        refused++
        continue
      }
      try {
        readXgbBooster(bytes, 'm')
      } catch (e) {
        expect(e).toBeInstanceOf(XgbModelError)
      }
    }
    // truncation always fails; most flipped markers or lengths do too
    expect(refused).toBeGreaterThan(100)
  })
})
