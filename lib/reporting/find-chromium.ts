import { existsSync } from 'node:fs'

/** Debian's Chromium packages (these machines cannot download Playwright's own browsers). */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

/** Flags the end-to-end tests and export-charts launch Chromium with: headless, offline, quiet. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/**
 * Debian's Chromium when installed, else undefined: Playwright then uses its own browser
 * (`npx playwright install chromium`), and says so when that is missing too.
 */
export function systemChromium(exists: (path: string) => boolean = existsSync): string | undefined {
  return SYSTEM_CHROMIUM.find((p) => exists(p))
}
