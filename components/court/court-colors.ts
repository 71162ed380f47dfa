import type { Theme } from '@/components/shell/theme'

/** Court floor, paint and line colours per theme; `around` is the area outside the court. */
export const COURT_COLORS = {
  light: {
    around: '#e2e8f0',
    floor: '#f7f1e6',
    paint: '#ede3d1',
    line: '#5b6472',
    marker: '#0f172a',
    hexOutline: 'rgba(30, 41, 59, 0.55)',
  },
  dark: {
    around: '#020617',
    floor: '#172033',
    paint: '#1f2b42',
    line: '#8a9ab3',
    marker: '#f8fafc',
    hexOutline: 'rgba(226, 232, 240, 0.6)',
  },
} as const satisfies Record<Theme, Record<string, string>>

/** Made / missed / unknown shot colours that read on both floors. */
export const SHOT_COLORS = {
  light: { made: '#15803d', missed: '#dc2626', unknown: '#64748b' },
  dark: { made: '#4ade80', missed: '#f87171', unknown: '#94a3b8' },
} as const satisfies Record<Theme, Record<string, string>>
