import type { DatasetName } from '@/lib/site-data/predictions/snapshot-types'

/** The dataset's colour as in every chart: dev blue, prod orange. */
export function DatasetDot({ name }: { name: DatasetName }) {
  return (
    <span
      aria-hidden="true"
      className={
        'inline-block h-2.5 w-2.5 shrink-0 rounded-full ' +
        (name === 'dev' ? 'bg-blue-600 dark:bg-blue-400' : 'bg-orange-600 dark:bg-orange-400')
      }
    />
  )
}
