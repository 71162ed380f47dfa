import { describe, expect, it } from 'vitest'
import { sanitizeSvg } from './sanitize-svg'

const SVG = 'xmlns="http://www.w3.org/2000/svg"'

describe('sanitizeSvg', () => {
  it('removes a script written with a namespace prefix', () => {
    const dirty = `<svg ${SVG} xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script><circle r="3"/></svg>`
    const clean = sanitizeSvg(dirty)!
    expect(clean).not.toMatch(/script/i)
    expect(clean).toBe(`<svg ${SVG}>alert(1)<circle r="3"></circle></svg>`)
  })

  it('removes an XHTML-namespace script', () => {
    const dirty = `<svg ${SVG} xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script><rect width="2"/></svg>`
    expect(sanitizeSvg(dirty)).toBe(`<svg ${SVG}>alert(1)<rect width="2"></rect></svg>`)
  })

  it('removes event handlers and foreignObject', () => {
    const dirty = `<svg ${SVG} onload="alert(1)"><rect width="2" onclick="x()"/><foreignObject><img src=x onerror="y()"></foreignObject></svg>`
    expect(sanitizeSvg(dirty)).toBe(`<svg ${SVG}><rect width="2"></rect></svg>`)
  })

  it('removes an entity-encoded javascript: link in href and xlink:href', () => {
    const dirty = `<svg ${SVG} xmlns:xlink="http://www.w3.org/1999/xlink"><a href="jav&#x61;script:alert(1)"><text>x</text></a><a xlink:href="jav&#x61;script:alert(2)"><text>y</text></a></svg>`
    const clean = sanitizeSvg(dirty)!
    expect(clean).not.toMatch(/javascript|href/i)
    expect(clean).toContain('<a><text>x</text></a><a><text>y</text></a>')
  })

  it('keeps an ordinary chart with filters, and refuses text with no SVG left', () => {
    const chart = `<svg ${SVG} viewBox="0 0 10 10"><filter id="f"><feGaussianBlur stdDeviation="1"></feGaussianBlur></filter><path d="M0 0L10 10" filter="url(#f)"></path></svg>`
    expect(sanitizeSvg(`<?xml version="1.0"?>${chart}`)).toBe(chart)
    expect(sanitizeSvg('<script>alert(1)</script>')).toBeNull()
    expect(sanitizeSvg('hello')).toBeNull()
  })
})
