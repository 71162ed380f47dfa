import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFETCH, MemoryVolume, type BlobLike } from './memory-volume'

/** A Blob over real bytes that counts the reads made of it (a browser File read is a round trip). */
function countedBlob(bytes: Uint8Array, reads: { count: number }): BlobLike {
  return {
    size: bytes.length,
    arrayBuffer: async () => {
      reads.count++
      return bytes.slice().buffer
    },
    slice: (start, end) => countedBlob(bytes.slice(start, end), reads),
  }
}

describe('MemoryVolume', () => {
  it('reads each small file from its blob once, though a reader asks before the read-ahead', async () => {
    const reads = { count: 0 }
    const text = (i: number) => `run ${i}\n`.repeat(i + 1)
    const files = Array.from({ length: 200 }, (_, i) => ({
      path: `/p/mlruns/0/r${i}/meta.yaml`,
      blob: countedBlob(new TextEncoder().encode(text(i)), reads),
    }))
    const volume = new MemoryVolume(files, { ...DEFAULT_PREFETCH, concurrency: 2 })
    // the store reader reads the last runs first, long before two lanes of read-ahead get there
    const last = await volume.read('/p/mlruns/0/r199/meta.yaml')
    expect(new TextDecoder().decode(last)).toBe(text(199))
    const head = await volume.read('/p/mlruns/0/r150/meta.yaml', 0, 6)
    expect(new TextDecoder().decode(head)).toBe('run 15')
    for (let i = 0; i < 200; i++) await volume.read(`/p/mlruns/0/r${i}/meta.yaml`)
    expect(reads.count).toBe(200)
  })

  it('reads a large file by the ranges asked for, without keeping it', async () => {
    const reads = { count: 0 }
    const big = new Uint8Array(DEFAULT_PREFETCH.below + 10).map((_, i) => i % 251)
    const volume = new MemoryVolume(
      [{ path: '/p/predictions_prod.parquet', blob: countedBlob(big, reads) }],
      DEFAULT_PREFETCH,
    )
    expect(Array.from(await volume.read('/p/predictions_prod.parquet', 251, 254))).toEqual([
      0, 1, 2,
    ])
    expect(Array.from(await volume.read('/p/predictions_prod.parquet', 252, 253))).toEqual([1])
    expect(reads.count).toBe(2)
  })
})
