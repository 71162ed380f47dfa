import type { ArtifactView } from '../../site-data/runs/runs-snapshot-types'

const IMAGE = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp'])
const TEXT = new Set([
  'txt',
  'log',
  'md',
  'json',
  'jsonl',
  'yaml',
  'yml',
  'csv',
  'tsv',
  'py',
  'r',
  'sql',
  'toml',
  'ini',
  'cfg',
  'xml',
  'xhtml',
  'html',
  'htm',
  'ipynb',
])
/** Files without an extension that MLflow writes as text. */
const TEXT_NAMES = new Set(['mlmodel', 'requirements', 'license', 'readme', 'dockerfile'])

/** The lower-case extension of a '/'-separated path ('' when none). */
export function artifactExtension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/**
 * How the page can show a file, from its name: an image (`<img>`), text (`<pre>`, never HTML:
 * .html is shown as its source), a parquet preview table, or nothing (null).
 */
export function artifactView(path: string): ArtifactView | null {
  const ext = artifactExtension(path)
  if (IMAGE.has(ext)) return 'image'
  if (ext === 'parquet') return 'parquet'
  if (TEXT.has(ext)) return 'text'
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  return ext === '' && TEXT_NAMES.has(name) ? 'text' : null
}

/** Text formats a browser would render (and run scripts in) if opened from the site directly. */
const RENDERABLE = new Set(['html', 'htm', 'xml', 'xhtml'])

/**
 * The suffix added to the copy's file name so the static server never serves it as a page:
 * `.txt` for HTML/XML text, '' otherwise.
 */
export function copySuffix(path: string): string {
  return RENDERABLE.has(artifactExtension(path)) ? '.txt' : ''
}

/** True when the bytes decode as UTF-8 text without NUL characters (not a binary file). */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}
