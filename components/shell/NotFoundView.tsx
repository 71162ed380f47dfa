'use client'

import Link from 'next/link'
import { useUrlState } from './url-state-context'
import { useT } from './use-t'

export function NotFoundView() {
  const { t } = useT()
  const { href } = useUrlState()
  return (
    <main
      id="main"
      tabIndex={-1}
      className="mx-auto w-full max-w-screen-2xl flex-1 px-4 py-10 outline-none"
    >
      <h1 className="text-2xl font-semibold">{t('notFound.title')}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t('notFound.body')}</p>
      <Link
        href={href('/')}
        className="mt-4 inline-block text-blue-700 underline dark:text-blue-300"
      >
        {t('notFound.back')}
      </Link>
    </main>
  )
}
