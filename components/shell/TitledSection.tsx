import { useId, type ReactNode } from 'react'

/**
 * A titled part of a view: an h2 naming the section (its accessible name) with an optional
 * one-line description, then the content. `framed` draws it as a card (the monitoring panels);
 * unframed, charts and cards sit directly under the heading (the overview's parts).
 */
export function TitledSection({
  title,
  description,
  children,
  testId,
  framed = false,
}: {
  title: string
  description?: string
  children: ReactNode
  testId?: string
  framed?: boolean
}) {
  const id = useId()
  const heading = (
    <h2 id={id} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
      {title}
    </h2>
  )
  if (framed)
    return (
      <section
        aria-labelledby={id}
        data-testid={testId}
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
      >
        {heading}
        {description && (
          <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{description}</p>
        )}
        <div className="mt-3">{children}</div>
      </section>
    )
  return (
    <section aria-labelledby={id} data-testid={testId} className="min-w-0 space-y-3">
      <div>
        {heading}
        {description && <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>}
      </div>
      {children}
    </section>
  )
}
