import { sequentialColor } from '../../court/sequential-color'
import {
  ERROR_CLASSES,
  OUTCOME_CLASSES,
  PROBABILITY_LEVELS,
  type ErrorClass,
  type OutcomeClass,
} from './shot-classes'

export type CourtTheme = 'light' | 'dark'

/**
 * Shot colours per class and theme, readable on the court floor of both themes. FN (a make the
 * model called a miss) is the loudest colour: it is the prod story at threshold 0.5.
 */
const OUTCOME_COLORS: Record<CourtTheme, Record<OutcomeClass, string>> = {
  light: { made: '#15803d', missed: '#dc2626', unlabelled: '#94a3b8' },
  dark: { made: '#4ade80', missed: '#f87171', unlabelled: '#64748b' },
}

const ERROR_COLORS: Record<CourtTheme, Record<ErrorClass, string>> = {
  light: {
    tp: '#16a34a',
    fp: '#ea580c',
    fn: '#c026d3',
    tn: '#0891b2',
    unlabelled: '#94a3b8',
    unscored: '#57534e',
  },
  dark: {
    tp: '#4ade80',
    fp: '#fb923c',
    fn: '#e879f9',
    tn: '#22d3ee',
    unlabelled: '#64748b',
    unscored: '#a8a29e',
  },
}

const MISSING_COLOR: Record<CourtTheme, string> = { light: '#94a3b8', dark: '#64748b' }

/** Colour of each outcome class, in OUTCOME_CLASSES order. */
export function outcomePalette(theme: CourtTheme): string[] {
  return OUTCOME_CLASSES.map((c) => OUTCOME_COLORS[theme][c])
}

/** Colour of each error class, in ERROR_CLASSES order. */
export function errorPalette(theme: CourtTheme): string[] {
  return ERROR_CLASSES.map((c) => ERROR_COLORS[theme][c])
}

/** Colour of each probability level 0–100 (viridis over 0–1), then grey for NO_PROBABILITY. */
export function probabilityPalette(theme: CourtTheme): string[] {
  const colors = Array.from({ length: PROBABILITY_LEVELS }, (_, level) =>
    sequentialColor(level / 100),
  )
  return [...colors, MISSING_COLOR[theme]]
}
