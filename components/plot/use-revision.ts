'use client'

import { useState } from 'react'

/**
 * A number that goes up by one each time `value` is a new object (0 for the first), so a
 * drawing can say which revision of its data it shows (`data-drawn-revision`).
 */
export function useRevision(value: unknown): number {
  const [seen, setSeen] = useState({ value, revision: 0 })
  // derived state, updated during render (React re-renders this component at once)
  if (seen.value !== value) setSeen({ value, revision: seen.revision + 1 })
  return seen.value === value ? seen.revision : seen.revision + 1
}
