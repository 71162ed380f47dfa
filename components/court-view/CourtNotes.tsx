'use client'

import { useT } from '@/components/shell/use-t'
import type { CourtParams } from '@/lib/views/court/court-params'
import type { DatasetCourt } from './use-court-selection'

/**
 * What a dataset's map cannot show as it is, one sentence each: positions recovered from
 * lat/lng, shots without a position, no probability column, shots beyond half court.
 */
export function CourtNotes({ court, params }: { court: DatasetCourt; params: CourtParams }) {
  const { t, num } = useT()
  const { name, loaded, positions, selection } = court
  const notes: string[] = []
  if (positions.fromLatLng > 0)
    notes.push(t('court.positionsFromLatLng', { count: num(positions.fromLatLng), dataset: name }))
  if (positions.unplaced > 0 && positions.fromLoc + positions.fromLatLng > 0) {
    notes.push(t('court.unplaced', { count: num(positions.unplaced), dataset: name }))
  }
  const needsProbability =
    (params.mode === 'points' && params.colorBy !== 'outcome') ||
    (params.mode === 'hexbin' && (params.hex === 'probability' || params.hex === 'error'))
  if (needsProbability && !loaded.data.probability) {
    notes.push(t('court.noProbability'), ...loaded.report.missing)
  }
  const beyond = params.extent === 'half' ? selection.beyondHalf : 0
  if (beyond > 0) notes.push(t('court.beyondHalf', { count: num(beyond), dataset: name }))
  if (notes.length === 0) return null
  return (
    <ul
      data-testid={`court-notes-${name}`}
      className="space-y-1 text-xs text-amber-800 dark:text-amber-300"
    >
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  )
}
