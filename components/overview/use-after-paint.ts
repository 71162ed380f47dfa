'use client'

import { useEffect, useState } from 'react'

/**
 * `value`, but only once the browser has painted the frame in which it changed: a slow
 * follower (a Plotly redraw) then never holds back the numbers rendered with the new value.
 * The first value is returned at once.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value)
  useEffect(() => {
    if (Object.is(value, shown)) return
    let timer = 0
    // a rAF callback runs just before the paint; a task queued from it runs just after
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown(() => value), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [value, shown])
  return shown
}
