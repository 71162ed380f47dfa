import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { pngSize } from './png-size'

/** A real 3×2 grey PNG: signature, IHDR, IDAT, IEND (CRCs left zero: pngSize reads only IHDR). */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8)
    head.writeUInt32BE(data.length, 0)
    head.write(type, 4, 'latin1')
    return Buffer.concat([head, data, Buffer.alloc(4)])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  const raw = Buffer.alloc((width + 1) * height, 0x80)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('pngSize', () => {
  it('reads width and height from the IHDR chunk', () => {
    expect(pngSize(png(3, 2), 'a.png')).toEqual({ width: 3, height: 2 })
    expect(pngSize(png(2560, 1600), 'b.png')).toEqual({ width: 2560, height: 1600 })
  })
  it('names the file and its first bytes when it is no PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('<!DOCTYPE html><html>'), 'x.png')).toThrow(
      'x.png is not a PNG (it starts with 3c 21 44 4f 43 54 59 50)',
    )
    expect(() => pngSize(new Uint8Array(), 'empty.png')).toThrow('starts with nothing')
  })
})
