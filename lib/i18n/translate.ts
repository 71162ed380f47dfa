import { formatNumber } from './format-number'
import type { Lang } from './lang'
import { loadedCatalogue } from './catalogues'
import type { MessageKey } from './messages-en'

/** Values for a message's `{name}` placeholders; numbers are formatted for the language. */
export type MessageParams = Readonly<Record<string, string | number>>

export type Translate = (key: MessageKey, params?: MessageParams) => string

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g

/**
 * Replaces `{name}` with `params.name`. Numbers go through `formatNumber(lang, …)` (5.412 in
 * English, 5,412 in Portuguese); strings are inserted as they are. A placeholder without a value
 * stays visible as `{name}` rather than failing: a missing value is a bug to see, not a crash.
 */
export function interpolate(template: string, params: MessageParams, lang: Lang): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? formatNumber(lang, value) : value
  })
}

/** The placeholder names of a message, sorted ("{param}={value}" → ["param", "value"]). */
export function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1] ?? ''))].sort()
}

/**
 * A `t(key, params)` bound to one language, whose catalogue must be loaded (English always is;
 * `loadCatalogue` from ./catalogues for the others): a page shows English until then.
 */
export function createTranslator(lang: Lang): Translate {
  const messages = loadedCatalogue(lang)
  if (!messages)
    throw new Error(
      `createTranslator: the ${lang} messages are not loaded (await loadCatalogue('${lang}') first)`,
    )
  return (key, params) => {
    const template = messages[key]
    return params ? interpolate(template, params, lang) : template
  }
}
