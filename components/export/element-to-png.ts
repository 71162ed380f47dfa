'use client'

import { pngScale } from './png-scale'

/**
 * Renders a DOM subtree (HTML, SVG and canvas, e.g. a Leaflet map with its SVG overlay) to a
 * PNG data URL with html-to-image, loaded on first use. Elements marked `data-export-ignore`
 * (buttons) and Leaflet's zoom controls are left out.
 */
export async function elementToPng(
  element: HTMLElement,
  options: { backgroundColor: string; pixelRatio?: number },
): Promise<string> {
  const { toPng } = await import('html-to-image')
  return toPng(element, {
    backgroundColor: options.backgroundColor,
    pixelRatio: options.pixelRatio ?? pngScale(),
    skipFonts: true,
    filter: (node) =>
      !(node instanceof HTMLElement) ||
      (node.dataset.exportIgnore === undefined &&
        !node.classList.contains('leaflet-control-container')),
  })
}
