import type { DriftSkip } from '@/lib/drift/drift-table'
import type { Translate } from '@/lib/i18n/translate'

/** "x left out: …" in the page's language; a reason without a known cause stays as written. */
export function driftSkipText(skip: DriftSkip, t: Translate): string {
  const reason = skip.emptySample ? t(`drift.skipped.empty.${skip.emptySample}`) : skip.reason
  return t('drift.skipped', { column: skip.column, reason })
}
