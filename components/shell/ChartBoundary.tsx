'use client'

import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useT } from './use-t'

interface ChartBoundaryProps {
  children: ReactNode
  /** what failed, for the console ("ROC curve") */
  label?: string
}

interface ChartBoundaryState {
  error: Error | null
}

/**
 * Keeps a chart's failure inside the chart: shows a sentence and the error message as text
 * (never HTML), with a retry button, instead of blanking the page.
 */
export class ChartBoundary extends Component<ChartBoundaryProps, ChartBoundaryState> {
  override state: ChartBoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): ChartBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`chart "${this.props.label ?? '?'}" failed:`, error, info.componentStack)
  }

  override render() {
    if (this.state.error) {
      return <ChartError error={this.state.error} onRetry={() => this.setState({ error: null })} />
    }
    return this.props.children
  }
}

export function ChartError({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useT()
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
    >
      <p className="font-medium">{t('error.chart')}</p>
      <p className="mt-1 font-mono text-xs break-words">
        {t('error.details', { message: error.message })}
      </p>
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-2 rounded-md border border-red-300 px-2 py-1 text-xs hover:bg-red-100 dark:border-red-800 dark:hover:bg-red-900/50"
        >
          {t('error.retry')}
        </button>
      )}
    </div>
  )
}
