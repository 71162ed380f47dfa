import createDOMPurify from 'dompurify'
import { JSDOM } from 'jsdom'

let purifier: ReturnType<typeof createDOMPurify> | null = null

/** One DOMPurify bound to a jsdom window, created on first use (Node build only). */
function svgPurifier() {
  purifier ??= createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis)
  return purifier
}

/**
 * An SVG's text with scripts, event handlers, `javascript:` links and foreign content removed by
 * DOMPurify's SVG profile (namespace prefixes and entity-encoded URLs are parsed as a browser
 * does, unlike a pattern), or null when nothing drawable is left.
 */
export function sanitizeSvg(text: string): string | null {
  const clean = svgPurifier().sanitize(text, {
    USE_PROFILES: { svg: true, svgFilters: true },
  })
  return /<svg[\s>]/i.test(clean) ? clean : null
}
