import { randomBytes } from 'node:crypto'

/** A source of uniform numbers in [0, 1), like Math.random; injectable for reproducible ids. */
export type RandomSource = () => number

function bytesFrom(count: number, random?: RandomSource): Uint8Array {
  if (!random) return new Uint8Array(randomBytes(count))
  return Uint8Array.from({ length: count }, () => Math.floor(random() * 256) & 0xff)
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** `uuid.uuid4().hex`: 32 lowercase hex digits, version 4 and RFC 4122 variant bits set. */
export function uuid4Hex(random?: RandomSource): string {
  const bytes = bytesFrom(16, random)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  return hex(bytes)
}

/** MLflow's `_generate_unique_integer_id`: an 18-digit decimal id, first digit non-zero. */
export function experimentId18(random?: RandomSource): string {
  const bytes = bytesFrom(18, random)
  const digits = Array.from(bytes, (b, i) => (i === 0 ? 1 + (b % 9) : b % 10))
  return digits.join('')
}
