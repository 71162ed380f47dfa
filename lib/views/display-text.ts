/**
 * Text from a store made safe to show: bidi controls and zero-width characters become visible
 * markers (⟨U+202E⟩), so "\u202Egnp.exe" cannot pass for "exe.png", and a long string is cut with
 * an ellipsis. `full` keeps the whole value (made visible too) for a title or an expand button.
 */
export interface DisplayText {
  /** what to render, at most `max` characters of the value before the ellipsis */
  shown: string
  /** the whole value with invisible characters made visible */
  full: string
  truncated: boolean
}

/** Bidi embeddings/overrides/isolates, LRM/RLM, the Arabic letter mark, zero-width characters. */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\uFEFF\u2060]/g

/** Longest value shown before cutting, in characters. */
export const DISPLAY_MAX = 200

export function revealInvisible(value: string): string {
  return value.replace(
    INVISIBLE,
    (ch) => `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  )
}

export function displayText(value: string, max: number = DISPLAY_MAX): DisplayText {
  const full = revealInvisible(value)
  const chars = Array.from(full)
  if (chars.length <= max) return { shown: full, full, truncated: false }
  return { shown: `${chars.slice(0, max).join('')}…`, full, truncated: true }
}
