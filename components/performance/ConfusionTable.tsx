import type { Translate } from '@/lib/i18n/translate'
import type { ConfusionView } from '@/lib/views/performance/confusion-view'

/**
 * The 2 × 2 heatmap as a table: "Actual" rows (made, missed) against "Predicted" columns, each
 * cell with its big number, the other number below, and its name for screen readers.
 */
export function ConfusionTable({ view, t }: { view: ConfusionView; t: Translate }) {
  const classes = [t('outcome.made'), t('outcome.missed')]
  const axis = 'text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400'
  return (
    <table className="w-full table-fixed border-separate border-spacing-1 text-center tabular-nums">
      <colgroup>
        <col className="w-7" />
        <col className="w-20" />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr>
          <td colSpan={2} />
          <th scope="colgroup" colSpan={2} className={axis}>
            {t('performance.axis.predicted')}
          </th>
        </tr>
        <tr>
          <td colSpan={2} />
          {classes.map((c) => (
            <th
              key={c}
              scope="col"
              className="text-sm font-medium text-slate-700 dark:text-slate-300"
            >
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.rows.map((row, r) => (
          <tr key={r}>
            {r === 0 && (
              <th scope="rowgroup" rowSpan={2} className={axis}>
                <span className="inline-block -rotate-90 whitespace-nowrap">
                  {t('performance.axis.actual')}
                </span>
              </th>
            )}
            <th
              scope="row"
              className="pr-1 text-right text-sm font-medium text-slate-700 dark:text-slate-300"
            >
              {classes[r]}
            </th>
            {row.map((cell) => (
              <td
                key={cell.name}
                className="h-24 rounded-md align-middle"
                style={{ background: cell.background, color: cell.foreground }}
              >
                <span className="sr-only">{t(cell.name)}: </span>
                <span className="block text-lg leading-tight font-semibold">{cell.primary}</span>
                <span className="block text-sm">{cell.secondary}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
