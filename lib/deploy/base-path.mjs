/**
 * The sub-path the static site is served under (GitHub Pages project sites serve it at
 * `/<repository>/`), from the BASE_PATH environment variable. Plain JavaScript because
 * next.config.mjs imports it before TypeScript is set up.
 *
 * `''` (the default) serves the site at the host's root. A value is normalised to one leading
 * slash and no trailing slash (`kobe-monitor/` → `/kobe-monitor`); anything else a URL path
 * segment cannot hold is refused with a sentence naming the variable and the value.
 *
 * @param {string | undefined} value
 * @returns {string}
 */
export function parseBasePath(value) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '')
  if (trimmed === '') return ''
  const segments = trimmed.split('/')
  const bad = segments.find((s) => !/^[A-Za-z0-9._~-]+$/.test(s) || s === '.' || s === '..')
  if (bad !== undefined) {
    throw new Error(
      `BASE_PATH="${value}" is not a URL sub-path: "${bad}" may hold only letters, digits ` +
        `and . _ ~ - (for GitHub Pages use the repository name, e.g. BASE_PATH=/kobe-monitor)`,
    )
  }
  return `/${segments.join('/')}`
}
