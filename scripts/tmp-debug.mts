import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
const srv = spawn('node_modules/.bin/sirv', ['out', '--port', '3419', '--host', '127.0.0.1', '--quiet'], { stdio: 'ignore' })
await new Promise((r) => setTimeout(r, 2500))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] })
const page = await browser.newPage()
const t = performance.now()
const log = (...a: unknown[]) => console.log(Math.round(performance.now() - t), ...a)
page.on('worker', (w) => { log('worker started'); w.on('console', (m) => log('worker:', m.text())); w.on('close', () => log('worker closed')) })
page.on('console', (m) => log('page:', m.text()))
page.on('pageerror', (e) => log('pageerror', e.message))
page.on('crash', () => log('CRASH'))
await page.goto('http://127.0.0.1:3419/')
await page.getByRole('banner').getByRole('button', { name: 'Open a project' }).click()
log('setInputFiles')
await page.getByTestId('open-project-folder').setInputFiles(process.argv[2]!)
log('set')
for (let i = 0; i < 60; i++) {
  const st = await page.getByRole('dialog').innerText().catch(() => '')
  log(st.replace(/\s+/g, ' ').slice(-160))
  if (await page.getByTestId('local-project-banner').isVisible()) break
  await new Promise((r) => setTimeout(r, 3000))
}
log(await page.getByTestId('counts-prod').innerText().catch(() => 'no counts'))
await browser.close(); srv.kill()
