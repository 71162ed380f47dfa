import type { ReactNode } from 'react'

/**
 * A horizontally scrollable, keyboard-focusable region for a wide table: named by `label`, so
 * a keyboard user can reach and scroll it (axe's scrollable-region-focusable rule).
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string
  className?: string
  children: ReactNode
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={className ? `overflow-x-auto ${className}` : 'overflow-x-auto'}
    >
      {children}
    </div>
  )
}
