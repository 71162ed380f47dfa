import { isAbsolute, relative, sep } from 'node:path'

/**
 * A store location as the page may show it: a server URL without credentials, query or
 * fragment; a path inside `cwd` relative to it ("./mlruns"), other paths as they are.
 */
export function displayLocation(location: string, cwd: string): string {
  if (/^https?:\/\//i.test(location)) {
    try {
      const url = new URL(location)
      return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`
    } catch {
      return location.replace(/\/\/[^/@]*@/, '//').replace(/[?#].*$/, '')
    }
  }
  if (!isAbsolute(location)) return location
  const inside = relative(cwd, location)
  if (inside === '') return '.'
  return inside.startsWith('..') || isAbsolute(inside)
    ? location
    : `./${inside.split(sep).join('/')}`
}
