import createDOMPurify from 'dompurify'
import { JSDOM } from 'jsdom'

let purifier: ReturnType<typeof createDOMPurify> | null = null

const HREF = /^(?:xlink:)?href$/i

/**
 * One DOMPurify bound to a jsdom window, created on first use (Node build only). `<use>` is
 * kept when it points inside the file (`#id`: matplotlib draws every tick and marker that way);
 * a `<use>` fetching another document loses its link.
 */
function svgPurifier() {
  if (purifier) return purifier
  purifier = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis)
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    if (node.nodeName.toLowerCase() === 'use' && HREF.test(data.attrName)) {
      data.keepAttr = data.attrValue.trim().startsWith('#')
    }
  })
  return purifier
}

/** Elements that run code, embed other documents or listen for events. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'object',
  'embed',
  'handler',
  'listener',
])

/** An attribute DOMPurify removes for running code or loading something: on*, links, sources. */
const ACTIVE_ATTRIBUTE = /^(?:on.+|(?:xlink:)?href|src|action|formaction)$/i

export interface SanitizedSvg {
  svg: string
  /** the active content removed, once each (`<script>`, `onload`, `href`); [] when none */
  removed: string[]
}

function activeContent(removed: ReturnType<typeof createDOMPurify>['removed']): string[] {
  const found = new Set<string>()
  for (const item of removed) {
    if ('element' in item) {
      const name = item.element.nodeName.toLowerCase()
      if (ACTIVE_ELEMENTS.has(name.slice(name.indexOf(':') + 1))) found.add(`<${name}>`)
    } else if (item.attribute && ACTIVE_ATTRIBUTE.test(item.attribute.name)) {
      found.add(item.attribute.name.toLowerCase())
    }
  }
  return [...found]
}

/**
 * An SVG's text with scripts, event handlers, `javascript:` links and foreign content removed by
 * DOMPurify's SVG profile (namespace prefixes and entity-encoded URLs are parsed as a browser
 * does, unlike a pattern), with the list of active content it removed (metadata and comments,
 * also dropped, are not listed), or null when nothing drawable is left.
 */
export function sanitizeSvg(text: string): SanitizedSvg | null {
  const purify = svgPurifier()
  const clean = purify.sanitize(text, {
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS: ['use'],
  })
  if (!/<svg[\s>]/i.test(clean)) return null
  return { svg: clean, removed: activeContent(purify.removed) }
}
