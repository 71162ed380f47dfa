'use client'

import { useEffect, useRef, useState, type DragEvent } from 'react'
import { SITE_BUILD_STAGES } from '@/lib/site-data/site-build-stages'
import { useT } from '@/components/shell/use-t'
import {
  directoryPicker,
  fromDirectoryHandle,
  fromDrop,
  fromInput,
  type OpenedSelection,
} from './collect-opened-files'
import { openProject } from './opened-project'
import { useOpening } from './use-opening'

const STAGE_KEY = {
  reading: 'project.stage.reading',
  columns: 'project.stage.columns',
  statistics: 'project.stage.statistics',
  runs: 'project.stage.runs',
  models: 'project.stage.models',
  monitoring: 'project.stage.monitoring',
} as const

/**
 * The dialog of "Open a project": a folder picker (the File System Access API where there is
 * one, `webkitdirectory` elsewhere), a files picker and a drop zone. The site files are built in
 * the page's worker; a progress bar names each stage. It opens (`showModal`) each time `requests`
 * grows. `OpenProjectControl` loads it after hydration, so neither its code nor its markup is on
 * the way to the first paint.
 */
export function OpenProjectDialog({ requests }: { requests: number }) {
  const { t } = useT()
  const dialog = useRef<HTMLDialogElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const opening = useOpening()
  useEffect(() => {
    if (requests > 0) dialog.current?.showModal()
  }, [requests])

  const open = (selection: OpenedSelection | null) => {
    if (!selection || (selection.kind !== 'handles' && selection.files.length === 0)) return
    openProject(selection).then(
      () => dialog.current?.close(),
      () => {}, // the dialog shows the failure
    )
  }
  const chooseFolder = () => {
    const picker = directoryPicker()
    if (!picker) return folderInput.current?.click()
    picker()
      .then(fromDirectoryHandle)
      .then(open, () => {}) // cancelled
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    void fromDrop(event.dataTransfer).then(open)
  }
  const stageIndex = opening.status === 'building' ? SITE_BUILD_STAGES.indexOf(opening.stage) : -1

  return (
    <dialog
      ref={dialog}
      aria-labelledby="open-project-title"
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="space-y-4 p-5">
        <div className="flex items-start justify-between gap-4">
          <h2 id="open-project-title" className="text-lg font-semibold">
            {t('project.dialogTitle')}
          </h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded px-2 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            {t('project.close')}
          </button>
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-300">{t('project.dialogHelp')}</p>
        <div
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`flex flex-col items-center gap-3 rounded-lg border-2 border-dashed p-6 text-sm ${dragging ? 'border-blue-500 bg-blue-50 dark:bg-blue-950' : 'border-slate-300 dark:border-slate-600'}`}
        >
          <span className="text-slate-600 dark:text-slate-300">{t('project.drop')}</span>
          <div className="flex flex-wrap justify-center gap-2">
            <button
              type="button"
              onClick={chooseFolder}
              className="rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800"
            >
              {t('project.openFolder')}
            </button>
            <label className="cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
              {t('project.openFiles')}
              <input
                type="file"
                multiple
                className="sr-only"
                onChange={(event) => open(fromInput(event.currentTarget))}
              />
            </label>
          </div>
          {/* the folder input: clicked where there is no directory picker (and by tests) */}
          <input
            ref={folderInput}
            type="file"
            aria-label={t('project.openFolder')}
            data-testid="open-project-folder"
            // @ts-expect-error webkitdirectory is not in React's input attributes
            webkitdirectory=""
            className="sr-only"
            tabIndex={-1}
            onChange={(event) => open(fromInput(event.currentTarget))}
          />
        </div>
        {opening.status === 'building' && (
          <div role="status" aria-live="polite" className="space-y-2 text-sm">
            <p>{t('project.progress', { name: opening.name })}</p>
            <progress
              className="w-full"
              max={SITE_BUILD_STAGES.length}
              value={stageIndex}
              aria-label={t(STAGE_KEY[opening.stage])}
            />
            <ol className="flex flex-wrap gap-x-4 gap-y-1">
              {SITE_BUILD_STAGES.map((stage, i) => (
                <li
                  key={stage}
                  aria-current={i === stageIndex ? 'step' : undefined}
                  className={
                    i < stageIndex
                      ? 'text-emerald-700 dark:text-emerald-400'
                      : i === stageIndex
                        ? 'font-semibold'
                        : 'text-slate-500'
                  }
                >
                  {t(STAGE_KEY[stage])}
                </li>
              ))}
            </ol>
            {opening.detail && (
              <p className="truncate text-slate-600 dark:text-slate-400">{opening.detail}</p>
            )}
          </div>
        )}
        {opening.status === 'failed' && (
          <p
            role="alert"
            className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
          >
            {t('project.failed', { name: opening.name, error: opening.error })}
          </p>
        )}
      </div>
    </dialog>
  )
}
