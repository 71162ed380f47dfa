'use client'

import { useT } from '@/components/shell/use-t'
import { DEFAULT_DRIFT_SHARE } from '@/lib/drift/drift-table'
import { HEALTH_RULES } from '@/lib/views/overview/health-verdict'

/** The rules behind the verdict, one click away: a verdict a reader cannot check is not trusted. */
export function VerdictRules() {
  const { t, pct } = useT()
  const share = (v: number) => pct(v, 0)
  return (
    <details className="mt-3 text-sm text-slate-700 dark:text-slate-300">
      <summary className="cursor-pointer font-medium text-slate-800 select-none hover:underline dark:text-slate-200">
        {t('overview.rules.summary')}
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          {t('overview.rules.f1', {
            warning: share(HEALTH_RULES.f1DropWarning),
            critical: share(HEALTH_RULES.f1DropCritical),
          })}
        </li>
        <li>{t('overview.rules.drift', { share: share(DEFAULT_DRIFT_SHARE) })}</li>
        <li>
          {t('overview.rules.outside', {
            warning: share(HEALTH_RULES.outsideWarning),
            critical: share(HEALTH_RULES.outsideCritical),
          })}
        </li>
        <li>{t('overview.rules.worst')}</li>
      </ul>
    </details>
  )
}
