import { parseArgs } from 'node:util'
import { toLang, type Lang } from '../../lib/i18n/lang'

export const USAGE =
  'usage: npm run export-charts -- [--out data/reporting] [--scale 2] [--lang en|pt-BR] ' +
  '[--only <name,name…>] [--no-mlflow]'

/** What `npm run export-charts` was asked for. */
export interface Options {
  out: string
  scale: number
  lang: Lang
  only: string[] | null
  mlflow: boolean
}

/** The options, or the sentence to print (the usage itself for --help). */
export function parseOptions(argv: string[]): Options | string {
  let values
  try {
    values = parseArgs({
      args: argv,
      options: {
        out: { type: 'string', default: 'data/reporting' },
        scale: { type: 'string', default: '2' },
        lang: { type: 'string', default: 'en' },
        only: { type: 'string' },
        'no-mlflow': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values
  } catch (error) {
    return `${(error as Error).message}\n${USAGE}`
  }
  if (values.help) return USAGE
  const scale = Number(values.scale)
  if (!Number.isFinite(scale) || scale < 0.5 || scale > 8) {
    return `--scale must be a number from 0.5 to 8, got ${values.scale}`
  }
  const lang = toLang(values.lang)
  if (!lang) return `--lang must be en or pt-BR, got ${values.lang}`
  return {
    out: values.out,
    scale,
    lang,
    only: values.only ? values.only.split(',') : null,
    mlflow: !values['no-mlflow'],
  }
}
