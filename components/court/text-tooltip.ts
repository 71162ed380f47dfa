'use client'

/**
 * Tooltip content built from text: a <span> whose textContent is the text, so data (player
 * names, action types) can never inject HTML. Leaflet would parse a string as HTML.
 */
export function textTooltip(text: string): HTMLElement {
  const span = document.createElement('span')
  span.className = 'court-tooltip'
  span.textContent = text
  return span
}
