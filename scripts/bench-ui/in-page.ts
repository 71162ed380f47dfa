/**
 * Code that runs inside the page, kept as source text: tsx rewrites named functions with a
 * `__name` helper the browser does not have, so these are never passed as TypeScript functions.
 */

/** `() => boolean`: every figure drawn (or showing its empty note), or a table when there is no
 * figure, and no "loading" sentence. */
export const CHARTS_READY = `() => {
  const figures = [...document.querySelectorAll('figure')]
  // a view without charts (the runs list) is ready once its tables are
  if (figures.length === 0 && !document.querySelector('main table')) return false
  for (const f of figures) {
    if (f.hasAttribute('data-ready') && f.getAttribute('data-ready') !== 'true') {
      if (!f.querySelector('[role="note"]')) return false
    }
  }
  for (const el of document.querySelectorAll('[role="status"], .animate-pulse')) {
    if (/loading|carregando/i.test(el.textContent || '')) return false
  }
  return true
}`

/**
 * \`({ act, watch, timeout }) => Promise<{ commit, frame } | null>\`: moves the threshold slider
 * (native setter + input event, as a user's drag does) or clicks the Q1 checkbox, then waits until
 * every watched element's text (or attribute) differs from before with the charts ready (commit),
 * then for the next animation frame and a task after it (painted). Times from the input event.
 */
export const TIMED_CHANGE = `({ act, watch, timeout }) => {
  const ready = (${CHARTS_READY})
  const read = () =>
    watch.selectors.flatMap((s) =>
      [...document.querySelectorAll(s)].map((el) =>
        watch.attr ? el.getAttribute(watch.attr) : el.textContent,
      ),
    )
  const before = read()
  return new Promise((resolve) => {
    let commit = 0
    let t0 = 0
    const observer = new MutationObserver(() => check())
    const check = () => {
      if (commit) return
      const now = read()
      const changed = now.length === before.length && now.length > 0 && now.every((v, i) => v !== before[i])
      if (!changed || !ready()) return
      commit = performance.now() - t0
      observer.disconnect()
      requestAnimationFrame(() => setTimeout(() => resolve({ commit, frame: performance.now() - t0 })))
    }
    observer.observe(document.body, {
      characterData: true,
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-ready', 'data-drawn', 'data-shots', 'class'],
    })
    setTimeout(() => {
      if (!commit) {
        observer.disconnect()
        resolve(null)
      }
    }, timeout)
    t0 = performance.now()
    if (act.kind === 'threshold') {
      const slider = document.querySelector('input[type="range"]')
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
      setValue.call(slider, act.value)
      slider.dispatchEvent(new Event('input', { bubbles: true }))
    } else {
      const label = [...document.querySelectorAll('label')].find((l) => (l.textContent || '').trim() === 'Q1')
      const box = label && (label.querySelector('input[type="checkbox"]') || (label.htmlFor && document.getElementById(label.htmlFor)))
      if (!box) throw new Error('no Q1 checkbox on ' + location.pathname)
      box.click()
    }
  })
}`
