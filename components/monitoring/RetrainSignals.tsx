'use client'

import Link from 'next/link'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import type { MonitoringView } from '@/lib/site-data/monitoring/monitoring-site-types'
import { withQuery } from '@/lib/url-state/serialise-url-state'
import type { SignalKind } from '@/lib/monitoring/retrain-signals'
import { signalEvidence } from '@/lib/views/timeline/signal-evidence'
import { TitledSection } from '@/components/shell/TitledSection'
import { useReasonText } from './use-reason-text'

/**
 * The report's retrain signals, reactive then predictive: fired or not, the sentence that says
 * what triggered it (the report's own words, as text), when, and a link to the evidence.
 */
export function RetrainSignals({
  report,
  onlyFired = false,
  kind,
  current,
}: {
  report: MonitoringView
  /** list the fired signals only (the overview); the timeline lists every check */
  onlyFired?: boolean
  /** list the signals of one kind only (the drift view: predictive) */
  kind?: SignalKind
  /** the view showing the list: its own evidence links to the timeline instead */
  current?: '/drift/' | '/performance/'
}) {
  const { t, pct } = useT()
  const reasons = useReasonText()
  const { href } = useUrlState()
  const signals = report.signals.filter((s) => !kind || s.kind === kind)
  const fired = signals.filter((s) => s.triggered).length
  const share = Number(report.params.max_degradation)
  const ordered = [...signals]
    .filter((s) => !onlyFired || s.triggered)
    .sort((a, b) => Number(b.triggered) - Number(a.triggered))
  return (
    <TitledSection
      framed
      title={t('monitoring.signals.title')}
      description={t('monitoring.signals.description', {
        share: Number.isFinite(share) ? pct(share, 0) : String(report.params.max_degradation),
      })}
      testId="retrain-signals"
    >
      <p
        data-testid="retrain-verdict"
        className={
          'mb-3 text-base font-semibold ' +
          (fired ? 'text-red-700 dark:text-red-300' : 'text-emerald-700 dark:text-emerald-300')
        }
      >
        {fired
          ? t('monitoring.signals.retrain', { count: fired, total: signals.length })
          : t('monitoring.signals.healthy')}
      </p>
      <ul className="space-y-2">
        {ordered.map((signal, i) => {
          const evidence = signalEvidence(signal, report.chunks, current)
          const [path = evidence.path, shared = ''] = href(evidence.path).split('?')
          const link = withQuery(path, [shared, evidence.query].filter(Boolean).join('&'))
          return (
            <li
              key={`${signal.kind}-${i}`}
              data-testid="retrain-signal"
              data-kind={signal.kind}
              data-triggered={signal.triggered ? 'true' : 'false'}
              className="flex flex-wrap items-start gap-2 rounded-lg border border-slate-200 p-2 text-sm dark:border-slate-700"
            >
              <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-200">
                {t(
                  signal.kind === 'reactive'
                    ? 'monitoring.signals.reactive'
                    : 'monitoring.signals.predictive',
                )}
              </span>
              <span
                className={
                  'rounded px-2 py-0.5 text-xs font-bold ' +
                  (signal.triggered
                    ? 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200'
                    : 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200')
                }
              >
                {t(signal.triggered ? 'monitoring.signals.fired' : 'monitoring.signals.quiet')}
              </span>
              <span className="min-w-0 flex-1 text-slate-800 dark:text-slate-100">
                {reasons.text(signal.reason, signal.cause)}
                {signal.when && ` (${t('monitoring.signals.when', { when: signal.when })})`}
              </span>
              <Link
                href={link}
                prefetch={false}
                className="text-sm font-medium text-blue-700 underline hover:text-blue-900 dark:text-blue-300"
              >
                {t('monitoring.signals.evidence')} →
              </Link>
            </li>
          )
        })}
      </ul>
    </TitledSection>
  )
}
