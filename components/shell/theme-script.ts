/** localStorage key of the theme the user chose; absent = follow the system. */
export const THEME_STORAGE_KEY = 'kobe-monitor-theme'

/**
 * Runs in <head> before the first paint: applies the stored theme, or the system's
 * (`prefers-color-scheme`) when the user never chose, so there is no light flash in dark mode.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var s=localStorage.getItem('${THEME_STORAGE_KEY}');var d=s==='dark'||(s!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);var e=document.documentElement;e.classList.toggle('dark',d);e.style.colorScheme=d?'dark':'light'}catch(_){}})()`
