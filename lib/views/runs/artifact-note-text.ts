import type { Lang } from '../../i18n/lang'
import { createTranslator } from '../../i18n/translate'
import { formatBytes } from './format-bytes'
import type { ArtifactNote, RunArtifact } from '../../site-data/runs/runs-snapshot-types'

/** The sentence the artifact preview shows for a note, in the page's language. */
export function artifactNoteText(note: ArtifactNote, lang: Lang): string {
  const t = createTranslator(lang)
  switch (note.code) {
    case 'tooLarge':
      return t(note.setting ? 'runs.artifacts.note.overMaxBytes' : 'runs.artifacts.note.tooLarge', {
        limit: formatBytes(note.limit, lang),
      })
    case 'unreadable':
      return t('runs.artifacts.note.unreadable', { message: note.message })
    case 'activeContentRemoved':
      return t('runs.artifacts.note.activeContentRemoved', { removed: note.removed.join(', ') })
    default:
      return t(`runs.artifacts.note.${note.code}`)
  }
}

/**
 * The tree's label for a file the build did not publish ("not published"), with the rule as its
 * longer text; null for a published file (and for folders).
 */
export function notPublishedLabel(
  artifact: RunArtifact,
  lang: Lang,
): { label: string; rule: string } | null {
  if (artifact.isDir || artifact.file !== null) return null
  const t = createTranslator(lang)
  const rule = artifact.note ? artifactNoteText(artifact.note, lang) : t('runs.artifacts.noPreview')
  return { label: t('runs.artifacts.notPublished'), rule }
}
