// Vitest setup (vitest.config.ts): every language's messages loaded before the tests, as in a
// page that has switched to it, so tests call createTranslator('pt-BR') directly.
import { loadCatalogue } from './catalogues'
import { LANGS } from './lang'

await Promise.all(LANGS.map((lang) => loadCatalogue(lang)))
