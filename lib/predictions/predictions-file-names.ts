/**
 * What a predictions file's path says about it, in English and Portuguese as students name them:
 * `predictions_prod.parquet`, `predicoes_clf.parquet` under `producao/`, `previsoes_teste.parquet`,
 * `resultado_dev.parquet`. Folders count too (`desenvolvimento/predicoes.parquet`).
 */

export type PredictionsSide = 'dev' | 'prod'

/** Production (current) data: prod, production, produção/producao. */
const PROD = /(^|[^a-z])(prod|production|produ[cç][aã]o)([^a-z]|$)/i
/** Reference data: dev, desenvolvimento, test/teste, valid(ação), holdout. */
const DEV =
  /(^|[^a-z])(dev|desenv(olvimento)?|test|teste|valid|validation|valida[cç][aã]o|holdout)([^a-z]|$)/i
/** Names of files holding model output: predictions, predições/predicoes, previsões, resultado, scores. */
const OUTPUT_NAME = /(pred|previs|resultado|result|score|scored|output|saida|saída)/i

function tokens(path: string): string {
  // camelCase and digits split like separators: "predsProd2" → "preds_prod_2"
  return path.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/\d+/g, '_')
}

/** The side a path names (its file name first, then its folders), or null. */
export function predictionsSide(path: string): PredictionsSide | null {
  const parts = path.split(/[\\/]/).filter((p) => p !== '')
  for (const part of parts.reverse()) {
    const text = tokens(part.replace(/\.(parquet|csv)$/i, ''))
    const prod = PROD.test(text)
    const dev = DEV.test(text)
    if (prod !== dev) return prod ? 'prod' : 'dev'
  }
  return null
}

/** True when the file name says it holds model output (predictions, previsões, resultado…). */
export function namedLikePredictions(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? path
  return OUTPUT_NAME.test(name)
}
