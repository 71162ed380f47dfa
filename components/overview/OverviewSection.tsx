import { useId, type ReactNode } from 'react'

/** A titled part of the overview (an h2; charts and cards sit under it). */
export function OverviewSection({
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
    <section aria-labelledby={id} data-testid={testId} className="min-w-0 space-y-3">
      <div>
        <h2 id={id} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
          {title}
        </h2>
        {description && <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>}
      </div>
      {children}
    </section>
  )
}
