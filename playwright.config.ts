import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, systemChromium } from './lib/reporting/find-chromium'

const port = Number(process.env.E2E_PORT ?? 3100)

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      // Debian's Chromium when present (these machines cannot download Playwright's browsers);
      // elsewhere Playwright's own Chromium, installed with `npx playwright install chromium`.
      executablePath: systemChromium(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx sirv out --port ${port} --host 127.0.0.1 --quiet`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
