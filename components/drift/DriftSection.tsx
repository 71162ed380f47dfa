import { useId, type ReactNode } from 'react'

/** A titled part of the view: an h2 with an optional one-paragraph intro. */
export function DriftSection(props: { title: string; intro?: string; children: ReactNode }) {
  const id = useId()
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {props.title}
      </h2>
      {props.intro && (
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{props.intro}</p>
      )}
      {props.children}
    </section>
  )
}
