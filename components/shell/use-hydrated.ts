'use client'

import { useSyncExternalStore } from 'react'

const never = () => () => undefined

/**
 * False while React renders on the server or hydrates the static HTML, true afterwards (and at
 * once for a render in the browser): for text that depends on the reader's machine (its time
 * zone), so the prerendered HTML and the hydration agree and the browser's value follows.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
}
