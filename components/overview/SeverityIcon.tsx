import type { Severity } from '@/lib/views/overview/health-verdict'

/** A shape per severity, so it reads without colour: check circle, warning triangle, octagon. */
export function SeverityIcon({ severity, className }: { severity: Severity; className?: string }) {
  const common = {
    viewBox: '0 0 24 24',
    className,
    'aria-hidden': true,
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 2,
    strokeLinecap: 'round' as const,
    strokeLinejoin: 'round' as const,
  }
  if (severity === 'ok') {
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="9.5" />
        <path d="m7.5 12.5 3 3 6-6.5" />
      </svg>
    )
  }
  if (severity === 'warning') {
    return (
      <svg {...common}>
        <path d="M12 3.2 22 20.5H2L12 3.2Z" />
        <path d="M12 9.5v5" />
        <path d="M12 17.6v.01" strokeWidth={2.6} />
      </svg>
    )
  }
  return (
    <svg {...common}>
      <path d="M8.2 2.5h7.6l5.7 5.7v7.6l-5.7 5.7H8.2l-5.7-5.7V8.2l5.7-5.7Z" />
      <path d="M12 7.5v5.5" />
      <path d="M12 16.6v.01" strokeWidth={2.6} />
    </svg>
  )
}
