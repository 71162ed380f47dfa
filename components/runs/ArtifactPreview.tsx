'use client'

import { siteFileSrc } from '@/components/project/opened-project'
import { DataState } from '@/components/data/DataState'
import { useT } from '@/components/shell/use-t'
import { formatBytes } from '@/lib/views/runs/format-bytes'
import { artifactNoteText } from '@/lib/views/runs/artifact-note-text'
import type { ParquetPreview, RunArtifact } from '@/lib/site-data/runs/runs-snapshot-types'
import { useSiteFile } from '@/components/data/use-site-file'
import { siteFileText, type SiteFileInput } from '@/lib/site-data/parse-site-json'
import { ParquetPreviewTable } from './ParquetPreviewTable'

/** JSON under 200 KB is indented for reading; anything else is shown as it is. */
function readableText(input: SiteFileInput, file: string): string {
  const text = siteFileText(input)
  if (!/\.json$/i.test(file) || text.length > 200_000) return text
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

const parsePreview = (input: SiteFileInput) => JSON.parse(siteFileText(input)) as ParquetPreview

/** One artifact: an image, text in a <pre> (never HTML), a parquet preview table, or why not. */
export function ArtifactPreview({ artifact }: { artifact: RunArtifact }) {
  const { t, lang } = useT()
  return (
    <figure className="space-y-2" data-testid="artifact-preview">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <code className="font-semibold break-all text-slate-900 dark:text-slate-50">
          {artifact.path}
        </code>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {formatBytes(artifact.size, lang)}
        </span>
      </figcaption>
      {artifact.file === null || artifact.view === null ? (
        <p role="note" className="text-sm text-slate-600 dark:text-slate-400">
          {artifact.note ? artifactNoteText(artifact.note, lang) : t('runs.artifacts.noPreview')}
        </p>
      ) : artifact.view === 'image' ? (
        <>
          {artifact.note && (
            <p
              role="note"
              className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
            >
              {artifactNoteText(artifact.note, lang)}
            </p>
          )}
          {/* eslint-disable-next-line @next/next/no-img-element -- a copied artifact, shown as it is (static export) */}
          <img
            src={siteFileSrc(artifact.file)}
            alt={artifact.path}
            className="max-h-[32rem] max-w-full rounded border border-slate-200 bg-white dark:border-slate-700"
          />
        </>
      ) : artifact.view === 'text' ? (
        <TextFile file={artifact.file} />
      ) : (
        <ParquetFile file={artifact.file} />
      )}
    </figure>
  )
}

function TextFile({ file }: { file: string }) {
  const { t } = useT()
  const text = useSiteFile(file, readableText)
  return (
    <DataState value={text} loading={t('runs.artifacts.loading')}>
      {(value) => (
        <pre className="max-h-[28rem] overflow-auto rounded-lg bg-slate-100 p-3 text-xs whitespace-pre-wrap dark:bg-slate-800">
          {value}
        </pre>
      )}
    </DataState>
  )
}

function ParquetFile({ file }: { file: string }) {
  const { t } = useT()
  const preview = useSiteFile(file, parsePreview)
  return (
    <DataState value={preview} loading={t('runs.artifacts.loading')}>
      {(value) => <ParquetPreviewTable preview={value} />}
    </DataState>
  )
}
