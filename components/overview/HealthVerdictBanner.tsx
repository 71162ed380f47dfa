'use client'

import Link from 'next/link'
import { useId } from 'react'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import type { MessageKey } from '@/lib/i18n/messages-en'
import type { EvidenceRoute, HealthVerdict } from '@/lib/views/overview/health-verdict'
import { SEVERITY_KEYS, verdictSentence } from '@/lib/views/overview/verdict-text'
import { SEVERITY_BADGE, SEVERITY_ICON, SEVERITY_PANEL } from './severity-styles'
import { SeverityIcon } from './SeverityIcon'
import { VerdictRules } from './VerdictRules'

const EVIDENCE_LABELS: Record<EvidenceRoute, MessageKey> = {
  '/performance/': 'overview.evidence.performance',
  '/drift/': 'overview.evidence.drift',
  '/court/': 'overview.evidence.court',
  '/timeline/': 'overview.evidence.timeline',
}

/** The verdict in one sentence, its severity in colour, shape and word, and links to the evidence. */
export function HealthVerdictBanner({
  verdict,
  driftError,
  filtered,
  signalsPending = false,
}: {
  verdict: HealthVerdict
  /** why the drift behind the verdict could not be computed, or null */
  driftError: string | null
  /** rows shown per dataset when the filters leave some out, else null */
  filtered: { dev: number; prod: number } | null
  /** an opened project's monitoring report (its retrain signals) is still being computed */
  signalsPending?: boolean
}) {
  const { t, lang, num } = useT()
  const { href } = useUrlState()
  const titleId = useId()
  const { severity } = verdict
  return (
    <section
      aria-labelledby={titleId}
      data-testid="health-verdict"
      data-severity={severity}
      className={`rounded-xl border p-4 shadow-sm sm:p-5 ${SEVERITY_PANEL[severity]}`}
    >
      <div className="flex items-start gap-3 sm:gap-4">
        <SeverityIcon
          severity={severity}
          className={`mt-0.5 hidden h-10 w-10 shrink-0 sm:block ${SEVERITY_ICON[severity]}`}
        />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <SeverityIcon
              severity={severity}
              className={`h-6 w-6 shrink-0 sm:hidden ${SEVERITY_ICON[severity]}`}
            />
            <h2
              id={titleId}
              className="text-xs font-semibold tracking-wider text-slate-600 uppercase dark:text-slate-300"
            >
              {t('overview.verdict.title')}
            </h2>
            <span
              data-testid="severity"
              className={`rounded-full px-2.5 py-0.5 text-xs font-bold ${SEVERITY_BADGE[severity]}`}
            >
              {t(SEVERITY_KEYS[severity])}
            </span>
          </div>
          <p
            data-testid="verdict-sentence"
            className="mt-2 text-[1.05rem] leading-snug font-medium text-balance text-slate-900 sm:text-xl dark:text-slate-50"
          >
            {verdictSentence(verdict, t, lang)}
          </p>
          {filtered && (
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              {t('overview.verdict.filtered', {
                dev: num(filtered.dev),
                prod: num(filtered.prod),
              })}
            </p>
          )}
          {signalsPending && (
            <p
              data-testid="verdict-pending"
              className="mt-2 text-sm text-slate-700 dark:text-slate-300"
            >
              {t('project.monitoring.verdictPending')}
            </p>
          )}
          {driftError !== null && (
            <p role="alert" className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              {t('overview.verdict.driftError', { message: driftError })}
            </p>
          )}
          {verdict.evidence.length > 0 && (
            <nav aria-label={t('overview.evidence.title')} className="mt-3">
              <ul className="flex flex-wrap gap-2">
                {verdict.evidence.map((route) => (
                  <li key={route}>
                    <Link
                      href={href(route)}
                      prefetch={false}
                      className="inline-flex items-center gap-1.5 rounded-lg border border-slate-300 bg-white/80 px-3 py-1 text-sm font-medium text-slate-800 shadow-sm hover:border-blue-400 hover:text-blue-700 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900/70 dark:text-slate-100 dark:hover:border-blue-400 dark:hover:text-blue-300"
                    >
                      {t(EVIDENCE_LABELS[route])}
                      <span aria-hidden="true">→</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <VerdictRules />
        </div>
      </div>
    </section>
  )
}
