import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { ProjectBanner } from '@/components/project/ProjectBanner'
import { Header } from '@/components/shell/Header'
import { THEME_INIT_SCRIPT } from '@/components/shell/theme-script'
import { NoScriptNotice } from '@/components/shell/NoScriptNotice'
import { UrlNotice } from '@/components/shell/UrlNotice'
import { UrlStateProvider } from '@/components/shell/UrlStateProvider'
import './globals.css'

const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#f97316"/><path d="M2 12h20M12 2v20M5 5c3 3 3 11 0 14M19 5c-3 3-3 11 0 14" stroke="#1f2937" stroke-width="1.3" fill="none"/></svg>'

export const metadata: Metadata = {
  title: { default: 'Kobe shot model monitor', template: '%s · Kobe shot model monitor' },
  description: 'Monitoring dashboard for a shot-prediction model: dev vs prod, drift, runs.',
  // inline, so the head never requests it again when the URL's query changes
  icons: { icon: `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}` },
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f172a' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // the head script sets the theme class and the provider sets lang before React hydrates
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <UrlStateProvider>
          <Header />
          <div className="px-4">
            <ProjectBanner />
            <UrlNotice />
            <NoScriptNotice />
          </div>
          {children}
        </UrlStateProvider>
      </body>
    </html>
  )
}
