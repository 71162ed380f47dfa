import type { Severity } from '@/lib/views/overview/health-verdict'

/** Banner colours per severity, light and dark. */
export const SEVERITY_PANEL: Record<Severity, string> = {
  ok: 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/50',
  warning: 'border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/50',
  critical: 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/50',
}

export const SEVERITY_ICON: Record<Severity, string> = {
  ok: 'text-emerald-600 dark:text-emerald-400',
  warning: 'text-amber-600 dark:text-amber-400',
  critical: 'text-red-600 dark:text-red-400',
}

export const SEVERITY_BADGE: Record<Severity, string> = {
  ok: 'bg-emerald-600 text-white dark:bg-emerald-500 dark:text-emerald-950',
  warning: 'bg-amber-500 text-amber-950 dark:bg-amber-400 dark:text-amber-950',
  critical: 'bg-red-600 text-white dark:bg-red-400 dark:text-red-950',
}
