import type { Lang } from './lang'
import { messagesEn, type Messages } from './messages-en'

/**
 * The message catalogues, English always and the others once loaded: a page in English never
 * downloads another language's messages (about 65 kB of source), and a page switched to one
 * fetches its chunk then (`loadCatalogue`, a dynamic import Next.js splits off).
 */
const loaded = new Map<Lang, Messages>([['en', messagesEn]])
const pending = new Map<Lang, Promise<Messages>>()
const listeners = new Set<() => void>()

const IMPORTERS: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
  'pt-BR': () => import('./messages-pt-br').then((m) => m.messagesPtBr),
}

/** `lang`'s messages when they are loaded, else undefined. */
export function loadedCatalogue(lang: Lang): Messages | undefined {
  return loaded.get(lang)
}

/** Loads `lang`'s messages once (later calls share the first load) and tells the subscribers. */
export function loadCatalogue(lang: Lang): Promise<Messages> {
  const ready = loaded.get(lang)
  if (ready) return Promise.resolve(ready)
  let load = pending.get(lang)
  if (!load) {
    load = IMPORTERS[lang as Exclude<Lang, 'en'>]().then(
      (messages) => {
        loaded.set(lang, messages)
        pending.delete(lang)
        for (const listener of listeners) listener()
        return messages
      },
      (error: unknown) => {
        pending.delete(lang)
        throw new Error(`the ${lang} messages could not be loaded: ${String(error)}`)
      },
    )
    pending.set(lang, load)
  }
  return load
}

/** Calls `listener` whenever a catalogue finishes loading; returns the unsubscribe function. */
export function onCatalogueLoaded(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
