/**
 * After `next build` (npm's postbuild): rewrites every exported page of out/ (or SITE_OUT_DIR,
 * or the folder given) in place so that its first paint waits for no request: the stylesheet
 * inline (lib/deploy/inline-stylesheets.ts). Prints how many pages it rewrote.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inlineStylesheets } from '../lib/deploy/inline-stylesheets'

const dir = process.argv[2] ?? process.env.SITE_OUT_DIR ?? 'out'

/** A stylesheet's text from its href (`/_next/…`, or under a BASE_PATH: `/<repo>/_next/…`). */
function readStylesheet(href: string): string {
  const at = href.indexOf('/_next/')
  if (at < 0) throw new Error(`${href}: a stylesheet outside /_next/, not inlined`)
  return readFileSync(join(dir, href.slice(at)), 'utf8')
}

let pages = 0
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue
  const path = join(entry.parentPath, entry.name)
  const html = readFileSync(path, 'utf8')
  const rewritten = inlineStylesheets(html, readStylesheet)
  if (rewritten !== html) {
    writeFileSync(path, rewritten)
    pages++
  }
}
console.log(`first paint: ${pages} pages of ${dir}/ with their stylesheet inline`)
