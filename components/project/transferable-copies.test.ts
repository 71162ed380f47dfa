import { describe, expect, it } from 'vitest'
import { transferableCopies } from './transferable-copies'

describe('site files posted by transfer', () => {
  // two files whose bytes are views into one buffer (as a file read from a larger one can be)
  const shared = new TextEncoder().encode('{"a":1}{"runs":[1,2,3]}')
  const files = new Map([
    ['data/a.json', shared.subarray(0, 7)],
    ['data/runs.json', shared.subarray(7)],
    ['data/empty.json', new Uint8Array(0)],
  ])

  it('posts every file with the same bytes, none of them copied by the message', () => {
    const { entries, transfer } = transferableCopies(files)
    expect(transfer).toHaveLength(3)
    // a structured clone with this transfer list, as postMessage makes it
    const received = structuredClone(entries, { transfer })
    expect(received.map(([name, bytes]) => [name, new TextDecoder().decode(bytes)])).toEqual([
      ['data/a.json', '{"a":1}'],
      ['data/runs.json', '{"runs":[1,2,3]}'],
      ['data/empty.json', ''],
    ])
    // the buffers moved (the posted copies are detached here) ...
    expect(entries.map(([, bytes]) => bytes.byteLength)).toEqual([0, 0, 0])
    // ... and each file travelled alone: not the 23-byte buffer its view came from
    expect(received.map(([, bytes]) => bytes.buffer.byteLength)).toEqual([7, 16, 0])
  })

  it('leaves the build its own bytes', () => {
    const { entries, transfer } = transferableCopies(files)
    structuredClone(entries, { transfer })
    expect(new TextDecoder().decode(files.get('data/runs.json'))).toBe('{"runs":[1,2,3]}')
    expect(shared.byteLength).toBe(23)
  })
})
