/**
 * A copy of a built out/ whose pages carry no JavaScript: every `<script>` element and script
 * preload removed from each HTML file, the markup and the inlined stylesheet left as they are.
 * Its first paint is the floor the content itself sets (parse, style, layout, paint and raster
 * of this HTML), whatever the JavaScript does: compare-first-paint's `--without-scripts`.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g
const SCRIPT_PRELOAD = /<link rel="(?:preload|modulepreload)" as="script"[^>]*\/?>/g

/** The HTML without its script elements and script preloads. */
export function stripScripts(html: string): string {
  return html.replace(SCRIPT, '').replace(SCRIPT_PRELOAD, '')
}

/** Copies `out` to `to` and strips the scripts of every .html file in it; returns the page count. */
export function copyWithoutScripts(out: string, to: string): number {
  cpSync(out, to, { recursive: true, dereference: true })
  let pages = 0
  for (const entry of readdirSync(to, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.html')) continue
    const file = join(to, entry)
    const html = readFileSync(file, 'utf8')
    const stripped = stripScripts(html)
    if (stripped.includes('<script')) throw new Error(`${file}: a <script> is left after stripping`)
    writeFileSync(file, stripped)
    pages++
  }
  return pages
}
