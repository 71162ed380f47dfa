'use client'

import { useSyncExternalStore } from 'react'
import { THEME_STORAGE_KEY } from './theme-script'

export type Theme = 'light' | 'dark'

const DARK_QUERY = '(prefers-color-scheme: dark)'

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY)
    return value === 'dark' || value === 'light' ? value : null
  } catch {
    return null
  }
}

function applyTheme(theme: Theme): void {
  const root = document.documentElement
  root.classList.toggle('dark', theme === 'dark')
  root.style.colorScheme = theme
}

/** The theme on the page now (the class the head script or setTheme put on <html>). */
export function readTheme(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light'
}

/** Applies a theme and remembers it. */
export function setTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyTheme(theme)
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] })
  // follow the system setting live while the user has not chosen
  const media = window.matchMedia(DARK_QUERY)
  const onSystemChange = () => {
    if (storedTheme() === null) applyTheme(media.matches ? 'dark' : 'light')
  }
  media.addEventListener('change', onSystemChange)
  return () => {
    observer.disconnect()
    media.removeEventListener('change', onSystemChange)
  }
}

/** The current theme; 'light' while prerendering, then the page's. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, readTheme, () => 'light')
}
