/** node:url for the page's worker: file: URLs to POSIX paths and back. */
export function fileURLToPath(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url
  if (parsed.protocol !== 'file:') throw new TypeError(`The URL must be of scheme file: ${url}`)
  return decodeURIComponent(parsed.pathname)
}
export function pathToFileURL(path: string): URL {
  return new URL(`file://${encodeURI(path)}`)
}
export const URL = globalThis.URL
const url = { fileURLToPath, pathToFileURL, URL: globalThis.URL }
export default url
