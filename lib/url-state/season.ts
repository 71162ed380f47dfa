/**
 * NBA seasons as the Kobe data writes them: "2000-01", two consecutive years, the second one
 * written with two digits. Strings of this shape sort chronologically.
 */
const SEASON = /^(\d{4})-(\d{2})$/

/** True for "1999-00" or "2015-16"; false for "2015-17", "2015", "15-16". */
export function isSeason(text: string): boolean {
  const match = SEASON.exec(text)
  if (!match) return false
  return (Number(match[1]) + 1) % 100 === Number(match[2])
}

/** The season that starts in `year`: 1999 → "1999-00". */
export function seasonStartingIn(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`
}

/** All seasons from `from` to `to` inclusive ("1996-97", "2015-16" → 20 seasons). */
export function seasonsBetween(from: string, to: string): string[] {
  if (!isSeason(from)) throw new Error(`season: "${from}" is not a season like 2000-01`)
  if (!isSeason(to)) throw new Error(`season: "${to}" is not a season like 2000-01`)
  const seasons: string[] = []
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    seasons.push(seasonStartingIn(year))
  }
  return seasons
}

/** The seasons of Kobe Bryant's career, the range of the course data. */
export const KOBE_SEASONS: readonly string[] = seasonsBetween('1996-97', '2015-16')
