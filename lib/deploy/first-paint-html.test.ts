import { describe, expect, it } from 'vitest'
import { inlineStylesheets } from './inline-stylesheets'
import { AFTER_PAINT_MARK, FALLBACK_MS, scriptsAfterFirstPaint } from './scripts-after-first-paint'

// the head and body end of a page as `next build` (16, turbopack, output: 'export') writes it
const CSS = '/_next/static/chunks/3owk7cl-bk-47.css'
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  `<link rel="stylesheet" href="${CSS}" data-precedence="next"/>` +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>' +
  '<script src="/_next/static/chunks/2whg2n5r_t_s1.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-2u1d16houkiyo.js" async=""></script>' +
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>' +
  '</head><body><main><p>Dataset drift: 4 of 6 features drifted</p></main>' +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>' +
  '<script src="/_next/static/chunks/310vm2bl3xxpt.js" async=""></script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>'

describe('scriptsAfterFirstPaint', () => {
  const out = scriptsAfterFirstPaint(PAGE)

  it('leaves no async script tag, a preload for each not preloaded yet, and one loader at the end', () => {
    expect(out).not.toMatch(/<script src="[^"]+" async=""/)
    expect(out.match(/<link rel="preload" as="script"/g)).toHaveLength(3)
    expect(out).toContain(
      '<link rel="preload" as="script" href="/_next/static/chunks/2whg2n5r_t_s1.js"/>',
    )
    // the loader after the page's own inline scripts, the scripts in their order
    const loader = out.slice(out.indexOf(`<script ${AFTER_PAINT_MARK}`), out.indexOf('</body>'))
    expect(out.indexOf('self.__next_f')).toBeLessThan(out.indexOf(AFTER_PAINT_MARK))
    expect(loader).toContain(
      '["/_next/static/chunks/2whg2n5r_t_s1.js","/_next/static/chunks/turbopack-2u1d16houkiyo.js","/_next/static/chunks/310vm2bl3xxpt.js"]',
    )
    // the rest of the page as it was: the content, the nomodule script, the inline scripts
    expect(out).toContain('<main><p>Dataset drift: 4 of 6 features drifted</p></main>')
    expect(out).toContain('noModule=""></script>')
    expect(out).toContain('<script id="_R_">')
  })

  /** Runs the page's loader against a stub document: what it appends, and the hooks it set. */
  function runLoader(visibility: 'visible' | 'hidden', withObserver = true) {
    const start = out.indexOf(`${AFTER_PAINT_MARK}="">`) + `${AFTER_PAINT_MARK}="">`.length
    const source = out.slice(start, out.indexOf('</script></body>'))
    const appended: string[] = []
    const hooks: { paint?: (names: string[]) => void; timer?: () => void; timerMs?: number } = {}
    let disconnected = false
    class Observer {
      constructor(private callback: (list: unknown, observer: unknown) => void) {}
      observe(options: { type: string; buffered: boolean }) {
        expect(options).toEqual({ type: 'paint', buffered: true })
        hooks.paint = (names) =>
          this.callback(
            { getEntriesByName: (n: string) => names.filter((x) => x === n) },
            { disconnect: () => (disconnected = true) },
          )
      }
    }
    const document = {
      visibilityState: visibility,
      createElement: () => ({ src: '', async: false }),
      body: {
        appendChild: (e: { src: string; async: boolean }) => appended.push(`${e.src} ${e.async}`),
      },
    }
    new Function('document', 'PerformanceObserver', 'setTimeout', source)(
      document,
      withObserver ? Observer : undefined,
      (f: () => void, ms: number) => {
        hooks.timer = f
        hooks.timerMs = ms
      },
    )
    return { appended, hooks, disconnected: () => disconnected }
  }
  const ALL = [
    '/_next/static/chunks/2whg2n5r_t_s1.js true',
    '/_next/static/chunks/turbopack-2u1d16houkiyo.js true',
    '/_next/static/chunks/310vm2bl3xxpt.js true',
  ]

  it('starts the scripts once the first contentful paint is reported, once', () => {
    const { appended, hooks, disconnected } = runLoader('visible')
    expect(appended).toEqual([])
    hooks.paint!(['first-paint'])
    expect(appended).toEqual([])
    hooks.paint!(['first-paint', 'first-contentful-paint'])
    expect(appended).toEqual(ALL)
    expect(disconnected()).toBe(true)
    hooks.timer!()
    expect(appended).toEqual(ALL)
  })

  it(`starts them after ${FALLBACK_MS} ms without a paint entry, at once when hidden or without an observer`, () => {
    const late = runLoader('visible')
    expect(late.hooks.timerMs).toBe(FALLBACK_MS)
    late.hooks.timer!()
    expect(late.appended).toEqual(ALL)
    expect(runLoader('hidden').appended).toEqual(ALL)
    expect(runLoader('visible', false).appended).toEqual(ALL)
  })

  it('changes nothing the second time, nor a page without async scripts', () => {
    expect(scriptsAfterFirstPaint(out)).toBe(out)
    const plain = '<html><head></head><body><p>x</p></body></html>'
    expect(scriptsAfterFirstPaint(plain)).toBe(plain)
  })
})

describe('inlineStylesheets', () => {
  const css = '.flex{display:flex}'
  const read = (href: string) => {
    if (href !== CSS) throw new Error(`unexpected ${href}`)
    return css
  }

  it('puts the stylesheet in a <style> and keeps its link for React, print only', () => {
    const out = inlineStylesheets(PAGE, read)
    expect(out).toContain(
      `<style data-inlined-from="${CSS}">.flex{display:flex}</style><link rel="stylesheet" href="${CSS}" data-precedence="next" media="print"/>`,
    )
    expect(out).not.toContain(`href="${CSS}" data-precedence="next"/>`)
    expect(inlineStylesheets(out, read)).toBe(out)
  })

  it('refuses a stylesheet that would close the <style> element', () => {
    expect(() => inlineStylesheets(PAGE, () => 'a::after{content:"</style>"}')).toThrow(
      `${CSS}: the stylesheet holds "</style", not inlined`,
    )
  })
})
