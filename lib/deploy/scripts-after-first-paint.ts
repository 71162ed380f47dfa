/**
 * The exported pages' scripts start after the first paint. Next.js writes each chunk as
 * `<script src async>`: an async script runs as soon as it has arrived, so on a page whose
 * numbers are in the HTML the React and app chunks (some 200 kB each) ran while the HTML was
 * parsed or the first frame was rastered, and the first paint waited for them. The rewrite keeps
 * each download where it was (a `<link rel="preload" as="script">` in its place) and inserts the
 * same scripts, in the same order and still async, from one inline script at the end of the
 * body once the first contentful paint is reported (a `paint` PerformanceObserver); at once when
 * the page is hidden (no frame comes) or the browser has no observer, and after FALLBACK_MS in
 * any case. Nothing else in the page changes; with JavaScript off it is the same HTML.
 */

const ASYNC_SCRIPT = /<script src="([^"]+)" async=""><\/script>/g

/** Scripts start by then even when no first contentful paint is reported. */
export const FALLBACK_MS = 3000

/** Marks a rewritten page, so running the rewrite twice changes nothing. */
export const AFTER_PAINT_MARK = 'data-scripts-after-paint'

/** The inline loader: `srcs` appended as async scripts after the first contentful paint. */
export function afterPaintLoader(srcs: readonly string[]): string {
  const list = JSON.stringify(srcs).replaceAll('<', '\\u003c')
  return (
    `<script ${AFTER_PAINT_MARK}="">(function(){var s=${list},done=false;` +
    `function load(){if(done)return;done=true;for(var i=0;i<s.length;i++){var e=document.createElement('script');e.src=s[i];e.async=true;document.body.appendChild(e)}}` +
    `if(document.visibilityState!=='visible'||typeof PerformanceObserver!=='function')return load();` +
    `try{new PerformanceObserver(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();load()}}).observe({type:'paint',buffered:true})}catch(_){return load()}` +
    `setTimeout(load,${FALLBACK_MS})})()</script>`
  )
}

/**
 * One exported page with its `<script src async>` tags turned into preloads and loaded after
 * the first paint; a page without them (or already rewritten) is returned unchanged.
 */
export function scriptsAfterFirstPaint(html: string): string {
  if (html.includes(AFTER_PAINT_MARK)) return html
  const srcs: string[] = []
  const preloaded = new Set(
    [...html.matchAll(/<link rel="preload" as="script"[^>]* href="([^"]+)"/g)].map((m) => m[1]!),
  )
  const rewritten = html.replace(ASYNC_SCRIPT, (_tag, src: string) => {
    srcs.push(src)
    return preloaded.has(src) ? '' : `<link rel="preload" as="script" href="${src}"/>`
  })
  if (srcs.length === 0) return html
  const end = rewritten.lastIndexOf('</body>')
  if (end < 0) throw new Error('scriptsAfterFirstPaint: the page has scripts but no </body>')
  return rewritten.slice(0, end) + afterPaintLoader(srcs) + rewritten.slice(end)
}
