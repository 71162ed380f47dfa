import { describe, expect, it } from 'vitest'
import { displayText, revealInvisible } from './display-text'

describe('displayText', () => {
  it('makes an RTL override visible, so "gnp.exe" cannot show as "exe.png"', () => {
    expect(displayText('\u202Egnp.exe').shown).toBe('⟨U+202E⟩gnp.exe')
  })

  it('makes every bidi control and zero-width character visible', () => {
    expect(revealInvisible('a\u202Ab\u2066c\u2069d\u200Ee\u200Ff\u061Cg')).toBe(
      'a⟨U+202A⟩b⟨U+2066⟩c⟨U+2069⟩d⟨U+200E⟩e⟨U+200F⟩f⟨U+061C⟩g',
    )
    expect(revealInvisible('x\u200By\u200Dz\uFEFFw\u2060')).toBe(
      'x⟨U+200B⟩y⟨U+200D⟩z⟨U+FEFF⟩w⟨U+2060⟩',
    )
    expect(revealInvisible('plain run-01 ação')).toBe('plain run-01 ação')
  })

  it('cuts a 100 KB run name to the limit with an ellipsis and keeps the full value', () => {
    const name = 'r'.repeat(100_000)
    const text = displayText(name, 200)
    expect(text.truncated).toBe(true)
    expect(text.shown).toHaveLength(201)
    expect(text.shown.endsWith('…')).toBe(true)
    expect(text.full).toHaveLength(100_000)
    expect(displayText('short', 200)).toEqual({ shown: 'short', full: 'short', truncated: false })
  })
})
