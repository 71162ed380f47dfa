import { describe, expect, it } from 'vitest'
import { plotText } from './plot-text'

describe('plotText', () => {
  it('turns markup in store text into literal characters', () => {
    expect(plotText('<a href="https://evil.example">loss</a>')).toBe(
      '&lt;a href="https://evil.example"&gt;loss&lt;/a&gt;',
    )
    expect(plotText('a&lt;b <br>')).toBe('a&amp;lt;b &lt;br&gt;')
    expect(plotText('cv_log_loss')).toBe('cv_log_loss')
  })
})
