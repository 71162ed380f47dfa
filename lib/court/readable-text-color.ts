import { cssRgb } from './css-rgb'

/** WCAG 2's relative luminance of an sRGB colour (channels 0–255). */
function luminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG 2's contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(cssRgb(a) ?? [0, 0, 0])
  const lb = luminance(cssRgb(b) ?? [0, 0, 0])
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

/**
 * Black or white, whichever contrasts more with `background`: one of the two always reaches
 * 4.58:1 (√21, where they tie), above WCAG AA's 4.5:1 for text of any size. A mid viridis
 * teal is below 4.5:1 against white and against slate-900 alike.
 */
export function readableTextColor(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff')
    ? '#000000'
    : '#ffffff'
}
