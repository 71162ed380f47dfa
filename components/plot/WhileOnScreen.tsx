'use client'

import { useCallback, useLayoutEffect, useRef, useState, type ComponentType } from 'react'
import { flushSync } from 'react-dom'
import { CatchUpContext } from './catch-up'
import { useOnScreen } from './use-while-on-screen'

const sameProps = (a: object, b: object) => {
  const keys = Object.keys(a)
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k])
  )
}

/**
 * `<Component {...props} />` while its box is on screen (or within 200 px of it); off screen,
 * with the props it had when it left, so a `memo` component below the fold does not recompute
 * (nor redraw) what nobody sees on a filter or threshold change. It catches up on the render
 * after it scrolls back into view, or at once when something inside asks (a Download PNG
 * button, through `useCatchUp`, so the PNG is of the current data); `data-behind` is set while
 * it is held at older props (the full-page screenshots wait for it to go).
 */
export function WhileOnScreen<P extends object>({
  of: Component,
  ...props
}: { of: ComponentType<P> } & P) {
  const box = useRef<HTMLDivElement>(null)
  const onScreen = useOnScreen(box)
  const [kept, setKept] = useState<object>(props)
  const same = sameProps(kept, props)
  // derived state, updated during render (React re-renders this component at once)
  if (onScreen && !same) setKept(props)
  const shown = (onScreen || same ? props : kept) as P
  const latest = useRef<object>(props)
  useLayoutEffect(() => {
    latest.current = props
  })
  const catchUp = useCallback(() => flushSync(() => setKept(latest.current)), [])
  return (
    <div ref={box} data-behind={same || onScreen ? undefined : 'true'}>
      <CatchUpContext.Provider value={catchUp}>
        <Component {...shown} />
      </CatchUpContext.Provider>
    </div>
  )
}
