'use client'

import { createContext, useContext } from 'react'

/**
 * Inside a section held at older props while off screen (WhileOnScreen): brings it to the
 * current props at once (synchronously, with its effects), so what is made from it now (a PNG)
 * is of the current data. Null outside such a section.
 */
export const CatchUpContext = createContext<(() => void) | null>(null)

export const useCatchUp = () => useContext(CatchUpContext)
