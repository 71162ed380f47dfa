'use client'

import { useEffect, useState, type RefObject } from 'react'

/**
 * Whether the element is on screen or within `margin` of it, kept current with an
 * IntersectionObserver; always true where there is none (old browsers, tests without it).
 */
export function useOnScreen(ref: RefObject<HTMLElement | null>, margin = '200px'): boolean {
  const [onScreen, setOnScreen] = useState(true)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1)
        if (last) setOnScreen(last.isIntersecting)
      },
      { rootMargin: margin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, margin])
  return onScreen
}

/**
 * `value` while the element is on screen; off screen, the value it showed when it left, so a
 * change (a filter, the threshold) does not redraw what nobody sees. The element catches up on
 * the render after it comes back into view.
 */
export function useWhileOnScreen<T>(value: T, ref: RefObject<HTMLElement | null>): T {
  const onScreen = useOnScreen(ref)
  const [shown, setShown] = useState(value)
  // derived state, updated during render (React re-renders this component at once)
  if (onScreen && shown !== value) setShown(value)
  return onScreen ? value : shown
}
