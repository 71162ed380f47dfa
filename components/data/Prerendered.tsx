'use client'

import type { ReactNode } from 'react'
import { PrerenderedViewContext } from './prerendered-view'

/**
 * Hands a page's prerendered default view (built by the page at build time from a small
 * view-model) to the view below, which shows it in place of its loading sentence (<Pending>).
 */
export function Prerendered({ view, children }: { view: ReactNode; children: ReactNode }) {
  return <PrerenderedViewContext value={view}>{children}</PrerenderedViewContext>
}
