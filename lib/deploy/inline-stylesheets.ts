/**
 * An exported page's stylesheets in its `<head>`, so the first paint waits for no request. Each
 * `<link rel="stylesheet" href data-precedence>` Next.js writes becomes a `<style>` with the
 * file's text, followed by the same link with `media="print"`: React, when it hydrates, finds its
 * stylesheet by that link (`link[rel="stylesheet"][href]`) and leaves it, and a print-only link
 * neither blocks rendering nor applies its rules a second time on screen. Next.js's own
 * `experimental.inlineCss` also writes the whole stylesheet into the page's RSC payload, which
 * doubled its size and its parse before the first paint.
 */

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)" data-precedence="([^"]+)"\/>/g

/** `read(href)` gives a stylesheet's text; `</style` inside it would end the element early. */
export function inlineStylesheets(html: string, read: (href: string) => string): string {
  return html.replace(STYLESHEET, (_tag, href: string, precedence: string) => {
    const css = read(href)
    if (/<\/style/i.test(css))
      throw new Error(`${href}: the stylesheet holds "</style", not inlined`)
    return (
      `<style data-inlined-from="${href}">${css}</style>` +
      `<link rel="stylesheet" href="${href}" data-precedence="${precedence}" media="print"/>`
    )
  })
}
