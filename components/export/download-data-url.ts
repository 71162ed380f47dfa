'use client'

import { pngFileName } from './png-filename'

/**
 * Saves a PNG data URL as a file: converts it to a Blob (large data URLs in an href are slow
 * and capped in some browsers) and clicks a temporary download link.
 */
export async function downloadPng(dataUrl: string, name: string): Promise<string> {
  if (!dataUrl.startsWith('data:image/png')) {
    throw new Error(`expected a PNG data URL, got "${dataUrl.slice(0, 30)}…"`)
  }
  const blob = await (await fetch(dataUrl)).blob()
  const url = URL.createObjectURL(blob)
  const filename = pngFileName(name)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return filename
}
