import { asBuffer } from './node-fs-promises'

/** node:crypto for the page's worker: random bytes from the Web Crypto API. */
export function randomBytes(size: number): Uint8Array {
  return asBuffer(crypto.getRandomValues(new Uint8Array(size)))
}
const nodeCrypto = { randomBytes }
export default nodeCrypto
