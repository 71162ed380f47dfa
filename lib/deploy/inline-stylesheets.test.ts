import { describe, expect, it } from 'vitest'
import { inlineStylesheets } from './inline-stylesheets'

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
