import { useId, type ReactNode } from 'react'

/** A titled panel of the monitoring views (an h2 with a one-line description). */
export function Card({
  title,
  description,
  children,
  testId,
}: {
  title: string
  description?: string
  children: ReactNode
  testId?: string
}) {
  const id = useId()
  return (
    <section
      aria-labelledby={id}
      data-testid={testId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={id} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {title}
      </h2>
      {description && (
        <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{description}</p>
      )}
      <div className="mt-3">{children}</div>
    </section>
  )
}
