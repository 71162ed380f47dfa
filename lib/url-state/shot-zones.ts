import type { MessageKey } from '../i18n/messages-en'

/** The `shot_zone_basic` values of the Kobe data, each with a URL slug and a message key. */
export const SHOT_ZONES = [
  { slug: 'restricted-area', value: 'Restricted Area', label: 'zone.restrictedArea' },
  { slug: 'paint', value: 'In The Paint (Non-RA)', label: 'zone.paint' },
  { slug: 'mid-range', value: 'Mid-Range', label: 'zone.midRange' },
  { slug: 'left-corner-3', value: 'Left Corner 3', label: 'zone.leftCorner3' },
  { slug: 'right-corner-3', value: 'Right Corner 3', label: 'zone.rightCorner3' },
  { slug: 'above-break-3', value: 'Above the Break 3', label: 'zone.aboveBreak3' },
  { slug: 'backcourt', value: 'Backcourt', label: 'zone.backcourt' },
] as const satisfies readonly { slug: string; value: string; label: MessageKey }[]

export type ShotZone = (typeof SHOT_ZONES)[number]['value']
export type ShotZoneSlug = (typeof SHOT_ZONES)[number]['slug']

/** Finds a zone by slug or by its data value, case-insensitively ("mid-range", "Mid-Range"). */
export function findShotZone(text: string): (typeof SHOT_ZONES)[number] | null {
  const lower = text.trim().toLowerCase()
  return SHOT_ZONES.find((z) => z.slug === lower || z.value.toLowerCase() === lower) ?? null
}

export function shotZoneSlug(value: ShotZone): ShotZoneSlug {
  const zone = SHOT_ZONES.find((z) => z.value === value)
  if (!zone) throw new Error(`shot_zone_basic: unknown zone "${value}"`)
  return zone.slug
}
