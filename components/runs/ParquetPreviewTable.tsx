'use client'

import { useT } from '@/components/shell/use-t'
import type { ParquetPreview } from '@/lib/site-data/runs/runs-snapshot-types'

/** The first rows of a parquet artifact with its schema in the column heads. */
export function ParquetPreviewTable({ preview }: { preview: ParquetPreview }) {
  const { t, num } = useT()
  return (
    <div className="overflow-auto rounded-lg border border-slate-200 dark:border-slate-700">
      <table className="min-w-full text-left text-xs">
        <caption className="p-2 text-left text-sm text-slate-600 dark:text-slate-400">
          {t('runs.parquet.caption', {
            shown: preview.rows.length,
            total: preview.numRows,
            columns: preview.columns.length,
          })}
        </caption>
        <thead className="bg-slate-50 dark:bg-slate-800">
          <tr>
            {preview.columns.map((column) => (
              <th key={column.name} scope="col" className="px-2 py-1 font-medium whitespace-nowrap">
                {column.name}
                <span className="block font-normal text-slate-500 dark:text-slate-400">
                  {column.logicalType
                    ? `${column.physicalType} (${column.logicalType})`
                    : column.physicalType}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, r) => (
            <tr key={r} className="border-t border-slate-100 dark:border-slate-800">
              {row.map((cell, c) => (
                <td key={c} className="px-2 py-1 whitespace-nowrap tabular-nums">
                  {cell === null ? (
                    <span className="text-slate-400">null</span>
                  ) : typeof cell === 'number' ? (
                    num(cell, { maximumFractionDigits: 6 })
                  ) : (
                    String(cell)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
