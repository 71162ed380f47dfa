import type { ReactNode } from 'react'

/** A number cell of the compact tables (monitoring panels, the timeline's chunks). */
export const NUMBER_CELL = 'px-2 py-1 text-right tabular-nums'
/** A text cell of the compact tables. */
export const TEXT_CELL = 'px-2 py-1 text-left'
/** The row header (first cell) of a compact table's body row. */
export const ROW_HEADER_CELL = 'px-2 py-1 text-left font-medium'

export interface HeadColumn {
  /** the header text; empty for a corner cell above row headers */
  label: ReactNode
  /** right-aligned, tabular figures */
  numeric?: boolean
  /** React key when labels repeat or are not strings */
  key?: string
}

/**
 * The header row every compact table shares: one look for the monitoring panels and the
 * timeline, so a change of style (or contrast) is made once. `false` entries are columns a
 * table leaves out (e.g. an importance column when no ranking is known).
 */
export function CompactTableHead({ columns }: { columns: readonly (HeadColumn | false)[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-300">
        {columns.map((column, index) =>
          column === false ? null : (
            <th
              key={column.key ?? index}
              scope="col"
              className={column.numeric ? NUMBER_CELL : TEXT_CELL}
            >
              {column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  )
}
