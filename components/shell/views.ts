import type { MessageKey } from '@/lib/i18n/messages-en'

/** The dashboard's views, in navigation order. Paths end with "/" (trailingSlash export). */
export const VIEWS = [
  {
    id: 'overview',
    path: '/',
    nav: 'nav.overview',
    title: 'view.overview.title',
    description: 'view.overview.description',
  },
  {
    id: 'court',
    path: '/court/',
    nav: 'nav.court',
    title: 'view.court.title',
    description: 'view.court.description',
  },
  {
    id: 'performance',
    path: '/performance/',
    nav: 'nav.performance',
    title: 'view.performance.title',
    description: 'view.performance.description',
  },
  {
    id: 'drift',
    path: '/drift/',
    nav: 'nav.drift',
    title: 'view.drift.title',
    description: 'view.drift.description',
  },
  {
    id: 'timeline',
    path: '/timeline/',
    nav: 'nav.timeline',
    title: 'view.timeline.title',
    description: 'view.timeline.description',
  },
  {
    id: 'runs',
    path: '/runs/',
    nav: 'nav.runs',
    title: 'view.runs.title',
    description: 'view.runs.description',
  },
  {
    id: 'what-if',
    path: '/what-if/',
    nav: 'nav.whatIf',
    title: 'view.whatIf.title',
    description: 'view.whatIf.description',
  },
] as const satisfies readonly {
  id: string
  path: string
  nav: MessageKey
  title: MessageKey
  description: MessageKey
}[]

export type ViewId = (typeof VIEWS)[number]['id']

export function viewById(id: ViewId): (typeof VIEWS)[number] {
  const view = VIEWS.find((v) => v.id === id)
  if (!view) throw new Error(`views: unknown view "${id}"`)
  return view
}

/** "/drift" and "/drift/" are the same view. */
export function samePath(a: string, b: string): boolean {
  const strip = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p)
  return strip(a) === strip(b)
}
