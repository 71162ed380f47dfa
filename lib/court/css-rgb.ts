/**
 * The red, green and blue (0–255) of a CSS colour in the forms a canvas normalises colours to
 * ("#rrggbb", "#rgb", "rgb(r, g, b)", "rgba(r, g, b, a)"; alpha is ignored). Null for anything
 * else, so the caller can fall back to a visible colour.
 */
export function cssRgb(color: string): [number, number, number] | null {
  const text = color.trim().toLowerCase()
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text)
  if (long) return [parseInt(long[1]!, 16), parseInt(long[2]!, 16), parseInt(long[3]!, 16)]
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text)
  if (short)
    return [
      0x11 * parseInt(short[1]!, 16),
      0x11 * parseInt(short[2]!, 16),
      0x11 * parseInt(short[3]!, 16),
    ]
  const fn = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*[\d.]+\s*)?\)$/.exec(text)
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])]
  return null
}
