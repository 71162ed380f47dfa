/** node:module for the page's worker: nothing is resolved from node_modules there. */
export function createRequire(): never {
  throw new Error('createRequire is not available in the page')
}
const nodeModule = { createRequire }
export default nodeModule
