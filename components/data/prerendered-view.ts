'use client'

import { createContext, type ReactNode } from 'react'

/**
 * The page's default view rendered at build time from the site files (app/ pages set it through
 * <Prerendered>): what a view shows while its files load, on the default URL only.
 */
export const PrerenderedViewContext = createContext<ReactNode>(null)
