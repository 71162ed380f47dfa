import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseModelJson } from '../lib/model/parse-model-json'
import { predictProbaColumns } from '../lib/model/predict-proba'
import { readModelFile, scoreModel } from '../lib/model-reader/read-model-file'
import { readParquetFile } from '../lib/parquet/read-parquet-file'
import { matchInputColumns } from '../lib/serving/input-names'
import { loadServedModel } from '../lib/serving/load-served-model'

type Cols = Record<string, ArrayLike<unknown>>
type Entry =
  | {
      model: string
      ok: true
      kind: 'classifier' | 'regressor'
      steps: string[]
      classes: Array<number | string> | null
      features: string[] | null
      probabilities?: number[][]
      predictions?: number[]
    }
  | { model: string; ok: false; error: string }

/** A small CSV reader: header row, comma separated, double quotes; numeric-looking cells become numbers. */
function readCsv(path: string): Cols {
  const text = readFileSync(path, 'utf8')
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0)
  const split = (l: string) => {
    const out: string[] = []
    let cur = ''
    let q = false
    for (let i = 0; i < l.length; i++) {
      const c = l[i]
      if (q) {
        if (c === '"' && l[i + 1] === '"') {
          cur += '"'
          i++
        } else if (c === '"') q = false
        else cur += c
      } else if (c === '"') q = true
      else if (c === ',') {
        out.push(cur)
        cur = ''
      } else cur += c
    }
    out.push(cur)
    return out
  }
  const header = split(lines[0] ?? '')
  const cols: Record<string, unknown[]> = Object.fromEntries(header.map((h) => [h, []]))
  for (const line of lines.slice(1)) {
    const cells = split(line)
    header.forEach((h, j) => {
      const s = cells[j] ?? ''
      const n = s.trim() === '' ? null : Number(s)
      cols[h]!.push(n === null ? null : Number.isNaN(n) ? s : n)
    })
  }
  for (const h of header)
    if (cols[h]!.some((v) => typeof v === 'string'))
      cols[h] = cols[h]!.map((v) => (v === null ? null : String(v)))
  return cols
}

/**
 * model.pkl, an MLflow model folder (MLmodel beside model.pkl), an MLflow 3 LoggedModel folder
 * (`mlruns/<exp>/models/m-<id>`, its model in `artifacts/`) or the project's model.json.
 */
function resolveModelFile(path: string): string {
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!existsSync(join(path, 'MLmodel')) && existsSync(join(path, 'artifacts', 'MLmodel')))
      return resolveModelFile(join(path, 'artifacts'))
    if (!existsSync(join(path, 'MLmodel')))
      throw new Error(`${path} is a folder without an MLmodel file.`)
    const ml = readFileSync(join(path, 'MLmodel'), 'utf8')
    const m = /pickled_model:\s*(\S+)/.exec(ml)
    const candidate = join(path, m?.[1] ?? 'model.pkl')
    if (!existsSync(candidate))
      throw new Error(`${path}/MLmodel names ${m?.[1] ?? 'model.pkl'}, which is not in the folder.`)
    return candidate
  }
  if (!existsSync(path)) throw new Error(`${path} does not exist.`)
  return path
}

function scoreOne(path: string, input: Cols): Entry {
  try {
    const file = resolveModelFile(path)
    if (file.endsWith('.json')) {
      const mj = parseModelJson(readFileSync(file, 'utf8'), file)
      const num: Record<string, Float64Array> = {}
      for (const f of mj.features) {
        const c = input[f] ?? (f === 'lng' ? input.lon : undefined)
        if (!c) throw new Error(`${file} expects the column ${f}, which the input lacks.`)
        num[f] = Float64Array.from(Array.from(c), (v) => (v === null ? NaN : Number(v)))
      }
      const p = predictProbaColumns(mj, num)
      return {
        model: path,
        ok: true,
        kind: 'classifier',
        steps: [mj.type],
        classes: [0, 1],
        features: [...mj.features],
        probabilities: Array.from(p, (x) => [1 - x, x]),
      }
    }
    const r = readModelFile(new Uint8Array(readFileSync(file)), file)
    if (!r.ok) return { model: path, ok: false, error: r.error }
    const out = scoreModel(r.model, input)
    const base = {
      model: path,
      ok: true as const,
      kind: r.model.kind,
      steps: r.model.steps,
      classes: r.model.classes,
      features: r.model.features,
    }
    if (r.model.kind === 'regressor')
      return { ...base, predictions: Array.from(out.cols[0] as Float64Array) }
    const probs: number[][] = []
    for (let i = 0; i < out.rows; i++) probs.push(out.cols.map((c) => (c as Float64Array)[i]!))
    return { ...base, probabilities: probs }
  } catch (e) {
    return { model: path, ok: false, error: (e as Error).message }
  }
}

/** A run id or a models:/ URI (`name/version`, `name@alias`, MLflow 3's `m-<id>`). */
const inStore = (spec: string) => spec.startsWith('models:/') || /^[0-9a-f]{32}$/.test(spec)

/** A model of the tracking store (MLFLOW_TRACKING_URI, else ./mlruns), as serve-model loads it. */
async function scoreStored(spec: string, input: Cols): Promise<Entry> {
  try {
    const { model } = await loadServedModel(spec)
    const numeric = (c: ArrayLike<unknown>) =>
      Float64Array.from(Array.from(c), (v) => (v === null ? NaN : Number(v)))
    const cols = model.score(matchInputColumns(model, input, 'the input').map(numeric))
    const base = {
      model: spec,
      ok: true as const,
      kind: model.kind,
      steps: model.steps,
      classes: model.kind === 'regressor' ? null : model.classes,
      features: model.features,
    }
    if (model.kind === 'regressor') return { ...base, predictions: Array.from(cols[0] ?? []) }
    const rows = cols[0]?.length ?? 0
    const probabilities = Array.from({ length: rows }, (_, i) => cols.map((c) => c[i]!))
    return { ...base, probabilities }
  } catch (e) {
    return { model: spec, ok: false, error: (e as Error).message }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  let input: string | null = null
  let json = false
  const models: string[] = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--input') input = args[++i] ?? null
    else if (args[i] === '--json') json = true
    else models.push(args[i]!)
  }
  if (!input || models.length === 0) {
    process.stderr.write(
      'usage: npm run --silent predict -- --input <parquet|csv> [--json] <model> [<model> ...]\n' +
        '  a model: model.pkl, an MLflow model folder, model.json, a run id or models:/… (MLFLOW_TRACKING_URI, else ./mlruns)\n',
    )
    process.exitCode = 2
    return
  }
  let cols: Cols
  try {
    cols = input.endsWith('.csv') ? readCsv(input) : (await readParquetFile(input)).data
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`)
    process.exitCode = 1
    return
  }
  const entries: Entry[] = []
  for (const m of models) entries.push(inStore(m) ? await scoreStored(m, cols) : scoreOne(m, cols))
  if (json) {
    process.stdout.write(JSON.stringify(entries) + '\n')
    return
  }
  for (const e of entries) {
    if (!e.ok) process.stdout.write(`${e.model}: ${e.error}\n`)
    else {
      const n = e.probabilities?.length ?? e.predictions?.length ?? 0
      const first = e.probabilities
        ? e.probabilities[0]?.map((x) => x.toFixed(4)).join(' ')
        : e.predictions?.[0]?.toFixed(4)
      process.stdout.write(
        `${e.model}: ${e.kind} ${e.steps.join(' > ')}, ${n} rows scored, first row ${first ?? '-'}\n`,
      )
    }
  }
}

void main()
