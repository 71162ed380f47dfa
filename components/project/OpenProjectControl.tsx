'use client'

import dynamic from 'next/dynamic'
import { useState } from 'react'
import { useT } from '@/components/shell/use-t'

/** Loaded after hydration: the picker, the worker glue and IndexedDB storage are not needed to paint. */
const OpenProjectDialog = dynamic(
  () => import('./OpenProjectDialog').then((module) => module.OpenProjectDialog),
  { ssr: false },
)

/**
 * "Open a project": a button in the header opening `OpenProjectDialog`. The button is in the
 * prerendered HTML; the dialog (its markup and its code) comes after hydration, and a click made
 * before it has arrived opens it as soon as it has.
 */
export function OpenProjectControl({ label }: { label?: string }) {
  const { t } = useT()
  const [requests, setRequests] = useState(0)
  return (
    <>
      <button
        type="button"
        onClick={() => setRequests((count) => count + 1)}
        className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        {label ?? t('project.open')}
      </button>
      <OpenProjectDialog requests={requests} />
    </>
  )
}
