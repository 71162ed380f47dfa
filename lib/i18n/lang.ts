/** The languages the dashboard speaks, as BCP 47 tags (also the `lang` URL parameter). */
export const LANGS = ['en', 'pt-BR'] as const

export type Lang = (typeof LANGS)[number]

export const DEFAULT_LANG: Lang = 'en'

/** Each language named in itself, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  'pt-BR': 'Português (Brasil)',
}

/** Matches a language tag case-insensitively ("pt-br" → "pt-BR"); null when unknown. */
export function toLang(value: string): Lang | null {
  const lower = value.trim().toLowerCase()
  return LANGS.find((lang) => lang.toLowerCase() === lower) ?? null
}
