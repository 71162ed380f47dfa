'use client'

declare global {
  interface Window {
    /** PNG pixels per CSS pixel, set before the page loads by `npm run export-charts -- --scale` */
    __pngScale?: number
  }
}

/** Pixels per CSS pixel of every "Download PNG" image: 2 unless export-charts asked otherwise. */
export function pngScale(): number {
  const asked = typeof window === 'undefined' ? undefined : window.__pngScale
  return typeof asked === 'number' && Number.isFinite(asked) && asked >= 0.5 && asked <= 8
    ? asked
    : 2
}
