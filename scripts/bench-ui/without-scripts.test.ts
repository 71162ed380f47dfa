import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { copyWithoutScripts, stripScripts } from './without-scripts'

const PAGE =
  '<html><head><style>p{color:red}</style><link rel="preload" as="script" fetchPriority="low" href="/a.js"/>' +
  '<script src="/b.js" async=""></script><script>(function(){document.title="x"})()</script></head>' +
  '<body><p data-testid="verdict">Healthy</p><script>self.__next_f.push([1,"<p>"])</script></body></html>'

describe('stripScripts', () => {
  it('removes script elements and script preloads, keeps the markup and the stylesheet', () => {
    expect(stripScripts(PAGE)).toBe(
      '<html><head><style>p{color:red}</style></head><body><p data-testid="verdict">Healthy</p></body></html>',
    )
  })
})

describe('copyWithoutScripts', () => {
  const work = mkdtempSync(join(tmpdir(), 'without-scripts-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('strips every page of the copy and leaves the original and other files alone', () => {
    const out = join(work, 'out')
    mkdirSync(join(out, 'drift'), { recursive: true })
    writeFileSync(join(out, 'index.html'), PAGE)
    writeFileSync(join(out, 'drift', 'index.html'), PAGE)
    writeFileSync(join(out, 'chunk.js'), 'console.log(1)')
    expect(copyWithoutScripts(out, join(work, 'copy'))).toBe(2)
    expect(readFileSync(join(work, 'copy', 'drift', 'index.html'), 'utf8')).not.toContain('script')
    expect(readFileSync(join(work, 'copy', 'chunk.js'), 'utf8')).toBe('console.log(1)')
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(PAGE)
  })
})
