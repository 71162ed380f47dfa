'use client'

import type { ReactNode } from 'react'
import { StoreText } from '@/components/shell/StoreText'

/** A two-or-more-column table of keys and values (text only), with a caption and a sentence when empty. */
export function KeyValueTable(props: {
  caption: string
  headers: readonly string[]
  rows: readonly { key: string; cells: readonly ReactNode[] }[]
  empty: string
}) {
  return (
    <div className="min-w-0">
      <table className="w-full table-fixed text-left text-sm">
        <caption className="mb-1 text-left text-sm font-semibold text-slate-900 dark:text-slate-50">
          {props.caption}
        </caption>
        <colgroup>
          <col className="w-2/5" />
          {props.headers.slice(1).map((header) => (
            <col key={header} />
          ))}
        </colgroup>
        {props.rows.length > 0 && (
          <thead className="text-xs text-slate-500 dark:text-slate-400">
            <tr>
              {props.headers.map((header) => (
                <th key={header} scope="col" className="py-1 pr-3 font-medium">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-100 align-top dark:border-slate-800">
              <th
                scope="row"
                className="py-1 pr-3 font-mono text-xs font-normal break-words text-slate-700 dark:text-slate-300"
              >
                <StoreText value={row.key} />
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className="py-1 pr-3 break-all">
                  {typeof cell === 'string' ? <StoreText value={cell} /> : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {props.rows.length === 0 && (
        <p className="text-sm text-slate-500 dark:text-slate-400">{props.empty}</p>
      )}
    </div>
  )
}
