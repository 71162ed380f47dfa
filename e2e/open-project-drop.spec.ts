import { test, type Page } from '@playwright/test'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { expect, expected, FIXTURES, twoFilesProject, watchRequests } from './open-project-helpers'

// Files dropped on "Open a project"'s drop zone: a DataTransfer built in the page from the
// fixtures' real bytes, dispatched as a browser dispatches a drag (dragenter, dragover, drop).
// Chromium lets a page build a DataTransfer of Files only: its items give no FileSystemEntry nor
// FileSystemHandle (a dragged folder comes only from the operating system), so what is tested
// here is the loose-files path of fromDrop, the one every browser takes for dropped files.
const work = mkdtempSync(join(tmpdir(), 'open-project-drop-'))
test.afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Drops the files (each at its base name, with its bytes) on the open dialog's drop zone. */
async function dropFiles(page: Page, paths: string[]) {
  await page.getByRole('banner').getByRole('button', { name: 'Open a project' }).click()
  const dialog = page.getByRole('dialog', { name: 'Open your own project' })
  const zone = dialog.getByText('Drop a folder or files here')
  const files = paths.map((path) => ({ name: basename(path), bytes: [...readFileSync(path)] }))
  const dataTransfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer()
    for (const { name, bytes } of list) data.items.add(new File([new Uint8Array(bytes)], name))
    return data
  }, files)
  await zone.dispatchEvent('dragenter', { dataTransfer })
  await zone.dispatchEvent('dragover', { dataTransfer })
  return { dialog, drop: () => zone.dispatchEvent('drop', { dataTransfer }) }
}

test('two predictions files dropped on the control: every number is the build’s', async ({
  page,
  baseURL,
}) => {
  const root = twoFilesProject(work)
  const want = await expected(work, root)
  const prod = want.snapshot.datasets.prod!
  const dev = want.snapshot.datasets.dev!
  await page.goto('/')
  const built = await page.getByTestId('counts-prod').getByTestId('rows').textContent()
  expect(built).not.toBe(prod.rows.toLocaleString('en-US'))
  const bad = await watchRequests(page, new URL(baseURL!).origin)
  const { dialog, drop } = await dropFiles(page, [
    join(root, 'predictions_dev.parquet'),
    join(root, 'predictions_prod.parquet'),
  ])
  // dragover marks the zone as the target
  await expect(dialog.locator('.border-dashed')).toHaveClass(/border-blue-500/)
  await drop()
  await expect(page.getByTestId('local-project-banner')).toBeVisible()
  await expect(page).toHaveURL(/[?&]source=local/)
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toHaveText(
    prod.rows.toLocaleString('en-US'),
  )
  await expect(page.getByTestId('counts-dev').getByTestId('rows')).toHaveText(
    dev.rows.toLocaleString('en-US'),
  )
  await expect(dialog).toBeHidden()
  expect(bad).toEqual([])
})

test('a CSV file named .parquet dropped beside two predictions files: the problem names it', async ({
  page,
}) => {
  const root = twoFilesProject(work, 'with-junk')
  cpSync(join(FIXTURES, 'not-parquet.parquet'), join(root, 'predictions_prod_old.parquet'))
  const want = await expected(work, root)
  const junk = want.report.problems.find((p) => p.path.endsWith('predictions_prod_old.parquet'))
  expect(junk?.message).toContain('it looks like CSV text')
  await page.goto('/')
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toBeVisible()
  const { drop } = await dropFiles(page, [
    join(root, 'predictions_dev.parquet'),
    join(root, 'predictions_prod.parquet'),
    join(root, 'predictions_prod_old.parquet'),
  ])
  await drop()
  await expect(page.getByTestId('local-project-banner')).toBeVisible()
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toHaveText(
    want.snapshot.datasets.prod!.rows.toLocaleString('en-US'),
  )
  await expect(page.getByTestId('build-problems')).toContainText('predictions_prod_old.parquet')
  await expect(page.getByTestId('build-problems')).toContainText(junk!.message)
})

test('only a CSV file named predictions_prod.parquet dropped: the page says which file and why', async ({
  page,
}) => {
  const root = join(work, 'only-junk')
  mkdirSync(root, { recursive: true })
  cpSync(join(FIXTURES, 'not-parquet.parquet'), join(root, 'predictions_prod.parquet'))
  const want = await expected(work, root)
  const junk = want.report.problems.find((p) => p.path.endsWith('predictions_prod.parquet'))
  expect(junk?.message).toContain('it looks like CSV text')
  await page.goto('/')
  await expect(page.getByTestId('counts-prod').getByTestId('rows')).toBeVisible()
  const { drop } = await dropFiles(page, [join(root, 'predictions_prod.parquet')])
  await drop()
  await expect(page.getByTestId('local-project-banner')).toBeVisible()
  // beside the two cards saying no file was read, the file that was not, and why
  await expect(page.getByTestId('source-prod')).toContainText('No prod predictions file was read.')
  const unread = page.getByRole('note').filter({ hasText: 'Parquet files that could not be read' })
  await expect(unread).toBeVisible()
  await expect(unread).toContainText(`${junk!.path}: ${junk!.message}`)
  expect(junk!.path).toBe('./predictions_prod.parquet')
})
