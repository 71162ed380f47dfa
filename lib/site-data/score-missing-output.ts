import { loadServedModel } from '../serving/load-served-model'
import { servableFromLogged } from '../serving/servable-model'
import type { ServableModel } from '../serving/servable-model'
import type { Problem } from '../tracking/types'
import { displayLocation } from '../views/runs/display-location'
import { foldSteps } from './comparison/build-comparison'
import { scoreComparedRows } from './comparison/score-compared-rows'
import type { SiteInputs } from './load-site-inputs'
import { modelEntryName } from './model/model-entry-name'
import type { ModelEntry } from './model/model-snapshot-types'
import type { PredictionsInput, ReadPredictionsInput } from './predictions/predictions-input'
import type { DashboardSources } from './sources/dashboard-sources'

/** A model that can score a file without model output, and how the overview names it. */
interface ScoringModel {
  model: ServableModel
  /** `kobe-shot-model version 2 (LogisticRegression)`, `models/model.pkl (Pipeline(…))` */
  name: string
}

export interface ScoredInputs {
  inputs: SiteInputs
  /** the sources with "scored with …" added to each scored side's reason and to the notes */
  sources: DashboardSources
  /** models that could not be read or could not score the rows, one sentence each */
  problems: Problem[]
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The sentence the overview, the build report and the file's report say. */
export const scoredSentence = (name: string) =>
  `scored with ${name} because the file had no model output`

const NO_OUTPUT = /^no prediction columns /

function fromEntry(entry: ModelEntry): ScoringModel {
  return { model: servableFromLogged(entry.model), name: modelEntryName(entry) }
}

/** Pickles outside any MLflow store first (the user put them there), then by depth and path. */
function projectModelOrder(files: readonly string[]): string[] {
  const inStore = (f: string) => /[\\/](mlruns|mlartifacts)[\\/]/.test(f)
  const depth = (f: string) => f.split(/[\\/]/).length
  return [...files].sort(
    (a, b) => Number(inStore(a)) - Number(inStore(b)) || depth(a) - depth(b) || (a < b ? -1 : 1),
  )
}

/**
 * The models to try, best first: the chosen run's logged model, the model the what-if view
 * serves (the registry's alias holder, else its newest version, else the newest run with a
 * logged model), then each pickled model file of the project folder (see projectModelOrder).
 */
async function* scoringModels(
  whatIf: readonly ModelEntry[],
  sources: DashboardSources,
  cwd: string,
  problems: Problem[],
): AsyncGenerator<ScoringModel> {
  const runId = sources.choice?.run?.id
  const ofRun = runId ? whatIf.find((e) => e.source.runId === runId) : undefined
  if (ofRun) yield fromEntry(ofRun)
  const served = whatIf[0]
  if (served && served !== ofRun) yield fromEntry(served)
  for (const file of projectModelOrder(sources.modelFiles)) {
    let loaded
    try {
      loaded = await loadServedModel(file, { cwd })
    } catch (error) {
      problems.push({ path: file, message: `not used to score: ${describe(error)}` })
      continue
    }
    const shown = displayLocation(file, cwd)
    yield { model: loaded.model, name: `${shown} (${foldSteps(loaded.model.steps).join(', ')})` }
  }
}

/** The input with P(made) from `p` and its report saying where it came from. */
function withScores(input: ReadPredictionsInput, p: Float64Array, name: string): PredictionsInput {
  const { report, data } = input.predictions
  const sentence = scoredSentence(name)
  return {
    ...input,
    predictions: {
      report: {
        ...report,
        probabilityConvention: 'positive_class',
        excludedProbabilityRows: p.reduce((n, v) => n + Number(Number.isNaN(v)), 0),
        detected: [...report.detected, `P(made) ${sentence}`],
        missing: report.missing.filter((m) => !NO_OUTPUT.test(m)),
      },
      data: { ...data, probability: p },
    },
  }
}

/**
 * Item 7's last rule: a dev or prod file read without model output (no probability nor
 * predicted-label column) is scored by the first model that can score its rows (see
 * scoringModels), as the comparison scores rows (features by name or alias; a regressor's
 * output clipped to [0, 1]). The side's reason then says "scored with <model> because the file
 * had no model output". A model that cannot score the rows is a problem and the next is tried;
 * without any, the file stays as it was. Files read by DuckDB (too large to hold) are not scored.
 */
export async function scoreMissingOutput(
  loaded: SiteInputs,
  sources: DashboardSources,
  whatIf: readonly ModelEntry[],
  cwd: string,
): Promise<ScoredInputs> {
  const problems: Problem[] = []
  const inputs: SiteInputs = { ...loaded }
  const why = { ...sources.why }
  const notes = [...sources.notes]
  const sides = (['dev', 'prod'] as const).filter((side) => {
    const input = loaded[side]
    if (input?.status !== 'read') return false
    const { probability, label } = input.predictions.data
    return probability === null && label === null
  })
  if (sides.length === 0) return { inputs, sources, problems }
  const candidates: ScoringModel[] = []
  const models = scoringModels(whatIf, sources, cwd, problems)
  const candidate = async (i: number): Promise<ScoringModel | null> => {
    while (candidates.length <= i) {
      const next = await models.next()
      if (next.done) return null
      candidates.push(next.value)
    }
    return candidates[i]!
  }
  // the same file on both sides is scored once
  const scoredBy = new Map<PredictionsInput, { input: PredictionsInput; name: string }>()
  for (const side of sides) {
    const input = loaded[side] as ReadPredictionsInput
    if (!scoredBy.has(input) && input.engine) {
      problems.push({
        path: input.source,
        message: `has no model output and is too large to score in JavaScript (read by ${input.engine.name})`,
      })
      continue
    }
    for (let i = 0; !scoredBy.has(input); i++) {
      const scoring = await candidate(i)
      if (!scoring) break
      try {
        const p = scoreComparedRows(scoring.model, input.predictions.data, input.source)
        scoredBy.set(input, { input: withScores(input, p, scoring.name), name: scoring.name })
      } catch (error) {
        problems.push({
          path: input.source,
          message: `not scored with ${scoring.name}: ${describe(error)}`,
        })
      }
    }
    const scored = scoredBy.get(input)
    if (!scored) continue
    inputs[side] = scored.input
    const sentence = scoredSentence(scored.name)
    const current = why[side]
    if (current) why[side] = { ...current, reason: `${current.reason}; ${sentence}` }
    notes.push(`${side} predictions ${input.source}: ${sentence}`)
  }
  return { inputs, sources: { ...sources, why, notes }, problems }
}
