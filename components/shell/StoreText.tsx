import { displayText } from '@/lib/views/display-text'

/**
 * A string from a store shown as plain text: invisible bidi and zero-width characters made
 * visible, cut past `max` characters with the whole value in the title, wrapped anywhere so a
 * very long value cannot widen the page.
 */
export function StoreText({ value, max }: { value: string; max?: number }) {
  const text = displayText(value, max)
  return (
    <span
      className="break-all"
      title={text.truncated || text.full !== value ? text.full : undefined}
    >
      {text.shown}
    </span>
  )
}
