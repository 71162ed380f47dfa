'use client'

import { useState } from 'react'

/**
 * `value` as it was when `key` was last different: a new object that is equal by `key` (a small
 * string of what matters) keeps the old identity, so what depends on identity is not redone.
 * A null key compares by identity.
 */
export function useByValue<T>(value: T, key: string | null): T {
  const [kept, setKept] = useState({ key, value })
  const same = key === null ? kept.value === value : kept.key === key
  // derived state, updated during render (React re-renders this component at once)
  if (!same) setKept({ key, value })
  return same ? kept.value : value
}
