import { describe, expect, it } from 'vitest'
import { sanitizeSvg } from './sanitize-svg'

const SVG = 'xmlns="http://www.w3.org/2000/svg"'

describe('sanitizeSvg', () => {
  it('removes a script written with a namespace prefix', () => {
    const dirty = `<svg ${SVG} xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script><circle r="3"/></svg>`
    const clean = sanitizeSvg(dirty)!.svg
    expect(clean).not.toMatch(/script/i)
    expect(clean).toBe(`<svg ${SVG}>alert(1)<circle r="3"></circle></svg>`)
  })

  it('removes an XHTML-namespace script', () => {
    const dirty = `<svg ${SVG} xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script><rect width="2"/></svg>`
    expect(sanitizeSvg(dirty)?.svg).toBe(`<svg ${SVG}>alert(1)<rect width="2"></rect></svg>`)
  })

  it('removes event handlers and foreignObject', () => {
    const dirty = `<svg ${SVG} onload="alert(1)"><rect width="2" onclick="x()"/><foreignObject><img src=x onerror="y()"></foreignObject></svg>`
    expect(sanitizeSvg(dirty)?.svg).toBe(`<svg ${SVG}><rect width="2"></rect></svg>`)
  })

  it('removes an entity-encoded javascript: link in href and xlink:href', () => {
    const dirty = `<svg ${SVG} xmlns:xlink="http://www.w3.org/1999/xlink"><a href="jav&#x61;script:alert(1)"><text>x</text></a><a xlink:href="jav&#x61;script:alert(2)"><text>y</text></a></svg>`
    const clean = sanitizeSvg(dirty)!.svg
    expect(clean).not.toMatch(/javascript|href/i)
    expect(clean).toContain('<a><text>x</text></a><a><text>y</text></a>')
  })

  it('keeps an ordinary chart with filters, and refuses text with no SVG left', () => {
    const chart = `<svg ${SVG} viewBox="0 0 10 10"><filter id="f"><feGaussianBlur stdDeviation="1"></feGaussianBlur></filter><path d="M0 0L10 10" filter="url(#f)"></path></svg>`
    expect(sanitizeSvg(`<?xml version="1.0"?>${chart}`)).toEqual({ svg: chart, removed: [] })
    expect(sanitizeSvg('<script>alert(1)</script>')).toBeNull()
    expect(sanitizeSvg('hello')).toBeNull()
  })

  it('lists the active content it removed, and nothing for metadata or comments', () => {
    const dirty = `<svg ${SVG} onload="a()"><s:script xmlns:s="http://www.w3.org/2000/svg">b()</s:script><a href="jav&#x61;script:c()"><text>x</text></a><foreignObject/></svg>`
    expect(sanitizeSvg(dirty)?.removed).toEqual(['onload', '<s:script>', 'href', '<foreignobject>'])
    const quiet = `<svg ${SVG}><metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata><!-- made by hand --><rect width="2"/></svg>`
    expect(sanitizeSvg(quiet)).toEqual({
      svg: `<svg ${SVG}><metadata></metadata><rect width="2"></rect></svg>`,
      removed: [],
    })
  })

  it("keeps matplotlib's <use> of a marker in the same file, and drops a <use> of another document", () => {
    const markers = `<svg ${SVG} xmlns:xlink="http://www.w3.org/1999/xlink"><defs><path id="m0" d="M0 0v3.5"></path></defs><use xlink:href="#m0" x="57.6" y="307.584"></use></svg>`
    expect(sanitizeSvg(markers)).toEqual({ svg: markers, removed: [] })
    const fetching = `<svg ${SVG}><use href="https://example.com/x.svg#a"></use></svg>`
    expect(sanitizeSvg(fetching)).toEqual({
      svg: `<svg ${SVG}><use></use></svg>`,
      removed: ['href'],
    })
  })
})
