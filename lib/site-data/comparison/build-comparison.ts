import { labelledMetrics } from '../../metrics/labelled-metrics'
import {
  loadModelFromStore,
  loadServedModel,
  type LoadedModel,
} from '../../serving/load-served-model'
import { servableFromLogged } from '../../serving/servable-model'
import type { Problem } from '../../tracking/types'
import { modelEntryName } from '../model/model-entry-name'
import type { ModelEntry } from '../model/model-snapshot-types'
import type { PredictionsInput } from '../predictions/predictions-input'
import { DEFAULT_ROWS_LIMIT } from '../predictions/build-predictions-snapshot'
import { sampleRowIndices } from '../predictions/sample-rows'
import type { DatasetName } from '../predictions/snapshot-types'
import type { TrackingInput } from '../tracking-input'
import { directorySiteSink } from '../directory-site-sink'
import { siteJson, type SiteFileSink } from '../site-file-sink'
import { chooseComparedModels, type ComparedReference } from './choose-compared-models'
import { knownModel } from './known-model'
import {
  COMPARISON_VERSION,
  type ComparedDataset,
  type ComparedModel,
  type ComparisonSnapshot,
} from './comparison-types'
import { scoresFileBytes } from './scores-file'
import { scoreComparedRows } from './score-compared-rows'

export const COMPARISON_FILE = 'comparison.json'
export const COMPARISON_FOLDER = 'comparison'

export interface ComparisonInputs {
  tracking: TrackingInput | null
  dev: PredictionsInput | null
  prod: PredictionsInput | null
  /** MONITOR_COMPARE: comma-separated model references; unset = the default choice */
  compare: string | undefined
  cwd: string
  /** folder the site serves as `/data/`; null = do not write */
  outDir: string | null
  /** where the files go instead of outDir (a project opened in the page keeps them in memory) */
  sink?: SiteFileSink
  /** the rows limit the predictions snapshot used (default DEFAULT_ROWS_LIMIT) */
  rowsLimit?: number
  /** the what-if list the build already loaded: a compared model found there is not read again */
  whatIfModels?: readonly ModelEntry[]
  now?: () => Date
}

export interface ComparisonResult {
  snapshot: ComparisonSnapshot
  /** per compared model (same order), per dataset: P(made) of every row of the file */
  scores: Record<DatasetName, Float64Array | null>[]
  problems: Problem[]
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

async function load(ref: ComparedReference, inputs: ComparisonInputs): Promise<LoadedModel> {
  const known = knownModel(ref, inputs.whatIfModels ?? [])
  if (known) {
    return {
      model: servableFromLogged(known.model),
      description: modelEntryName(known),
      predictFn: null,
    }
  }
  const tracking = inputs.tracking
  const inStore = ref.reference.startsWith('models:/') || /^[0-9a-f]{32}$/.test(ref.reference)
  if (!inStore) return loadServedModel(ref.reference, { cwd: inputs.cwd })
  if (tracking?.status !== 'open') {
    throw new Error(
      tracking
        ? describe(tracking.error)
        : 'no MLflow tracking store is configured to read it from',
    )
  }
  return loadModelFromStore(ref.reference, tracking.store)
}

/** Step names with consecutive repeats folded: an ensemble's 50 trees are `DecisionTreeClassifier ×50`. */
export function foldSteps(steps: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < steps.length;) {
    let j = i
    while (j < steps.length && steps[j] === steps[i]) j++
    out.push(j - i > 1 ? `${steps[i]} ×${j - i}` : steps[i]!)
    i = j
  }
  return out
}

function uniqueKey(ref: ComparedReference, taken: Set<string>): string {
  const base =
    ref.registeredModel !== null && ref.version !== null
      ? `${ref.registeredModel}/${ref.version}`
      : (ref.runId ?? ref.name)
  let key = base
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`
  taken.add(key)
  return key
}

/**
 * Build step of the model comparison: chooses the models (MONITOR_COMPARE, else our pipeline's
 * Treinamento candidates, else the newest two registered versions), re-scores every dev and
 * prod row with each, and writes `comparison.json` (identity and exact metrics per model and
 * dataset) and `comparison/<i>-<dataset>.f64` (P(made) of the shipped rows, in the rows file's
 * order). A model that cannot be read or cannot score the rows is one problem and one `skipped`
 * entry; the others are still compared. Never throws for the user's data.
 */
export async function buildComparison(inputs: ComparisonInputs): Promise<ComparisonResult> {
  const problems: Problem[] = []
  const store = inputs.tracking?.status === 'open' ? inputs.tracking.store : null
  let chosen: Awaited<ReturnType<typeof chooseComparedModels>>
  try {
    chosen = await chooseComparedModels(inputs.compare, store)
  } catch (error) {
    problems.push({
      path: store?.location ?? '',
      message: `models to compare not listed: ${describe(error)}`,
    })
    chosen = { chosenBy: 'none', references: [] }
  }
  const limit = inputs.rowsLimit ?? DEFAULT_ROWS_LIMIT
  const read = {
    dev: inputs.dev?.status === 'read' ? inputs.dev : null,
    prod: inputs.prod?.status === 'read' ? inputs.prod : null,
  }
  const indices = {
    dev: read.dev && sampleRowIndices(read.dev.predictions.report.rows, limit),
    prod: read.prod && sampleRowIndices(read.prod.predictions.report.rows, limit),
  }
  const sink = inputs.sink ?? (inputs.outDir ? directorySiteSink(inputs.outDir) : null)
  await sink?.remove(COMPARISON_FOLDER)
  const models: ComparedModel[] = []
  const scores: ComparisonResult['scores'] = []
  const skipped: ComparisonSnapshot['skipped'] = []
  const taken = new Set<string>()
  const skip = (ref: ComparedReference, reason: string) => {
    skipped.push({ reference: ref.reference, reason })
    problems.push({ path: ref.reference, message: `not compared: ${reason}` })
  }
  for (const ref of chosen.references) {
    let loaded: LoadedModel
    try {
      loaded = await load(ref, inputs)
    } catch (error) {
      skip(ref, describe(error))
      continue
    }
    const index = models.length
    const datasets: ComparedModel['datasets'] = { dev: null, prod: null }
    const modelScores: ComparisonResult['scores'][number] = { dev: null, prod: null }
    try {
      for (const name of ['dev', 'prod'] as const) {
        const input = read[name]
        if (!input) continue
        const data = input.predictions.data
        const p = scoreComparedRows(loaded.model, data, input.source)
        const { metrics, n } = labelledMetrics(data.target, p)
        const shipped = indices[name]!
        const scoresFile = `data/${COMPARISON_FOLDER}/${index}-${name}.f64`
        await sink?.write(`${COMPARISON_FOLDER}/${index}-${name}.f64`, scoresFileBytes(p, shipped))
        const entry: ComparedDataset = {
          rows: p.length,
          metricsRows: n,
          metrics,
          scoresFile,
          shippedRows: shipped.length,
        }
        datasets[name] = entry
        modelScores[name] = p
      }
    } catch (error) {
      skip(ref, `${loaded.description}: ${describe(error)}`)
      continue
    }
    models.push({
      key: uniqueKey(ref, taken),
      reference: ref.reference,
      name: ref.name,
      registeredModel: ref.registeredModel,
      version: ref.version,
      runId: ref.runId,
      estimator: foldSteps(loaded.model.steps),
      clippedScore: loaded.model.kind === 'regressor',
      datasets,
    })
    scores.push(modelScores)
  }
  const snapshot: ComparisonSnapshot = {
    version: COMPARISON_VERSION,
    generatedAt: (inputs.now?.() ?? new Date()).toISOString(),
    chosenBy: chosen.chosenBy,
    requested: inputs.compare?.trim() ? inputs.compare : null,
    models,
    skipped,
  }
  await sink?.write(COMPARISON_FILE, siteJson(snapshot))
  return { snapshot, scores, problems }
}
