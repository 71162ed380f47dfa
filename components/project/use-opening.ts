'use client'

import { useSyncExternalStore } from 'react'
import { openingState, subscribeProject, type OpeningState } from './opened-project'

const IDLE: OpeningState = { status: 'idle' }

/** Where opening a project stands (the worker's current stage), re-rendering on each change. */
export function useOpening(): OpeningState {
  return useSyncExternalStore(subscribeProject, openingState, () => IDLE)
}
