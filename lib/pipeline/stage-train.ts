import path from 'node:path'
import type { BinaryMetrics } from '@/lib/metrics/binary-metrics'
import { featureMatrix, type FeatureMatrix } from './feature-matrix'
import { loggedModelSpec, MODEL_ARTIFACT_PATH, MODEL_FILE } from './model-artifact'
import type { PreparedRows } from './prepare-data'
import type { ShotTable } from './raw-columns'
import { withRun, type StageContext } from './stage-context'
import {
  selectCandidate,
  trainCandidates,
  type Candidate,
  type CandidateName,
} from './train-candidates'

export const TRAIN_RUN = 'Treinamento'

export interface TrainedModel {
  name: CandidateName
  runId: string
  /** model.json inside the run's artifacts */
  modelFile: string
  testMetrics: BinaryMetrics
  params: Record<string, string | number>
}

export interface TrainOutput {
  parentRunId: string
  models: TrainedModel[]
  chosen: TrainedModel
  reason: string
  registered: { name: string; version: number; alias: string }
}

/** Metrics logged as-is; NaN (an undefined AUC) is left out. */
function finite(metrics: BinaryMetrics): Record<string, number> {
  return Object.fromEntries(Object.entries(metrics).filter(([, v]) => Number.isFinite(v)))
}

function exampleRows(train: FeatureMatrix, count: number): number[][] {
  const n = Math.min(count, train.y.length)
  return Array.from({ length: n }, (_, i) => train.columns.map((col) => col[i]!))
}

async function logCandidate(
  ctx: StageContext,
  parentRunId: string,
  c: Candidate,
  example: number[][],
) {
  return withRun(
    ctx,
    `${TRAIN_RUN} - ${c.name}`,
    { parentRunId, tags: { 'model.name': c.name } },
    async (run) => {
      await run.logParams(c.params)
      await run.logMetrics({ ...finite(c.testMetrics), train_log_loss: c.trainLogLoss })
      for (const point of c.series) {
        await run.logMetrics({ [point.key]: point.value }, { step: point.step })
      }
      await run.logModel(MODEL_ARTIFACT_PATH, loggedModelSpec(c.model, example))
      const m = c.testMetrics
      ctx.log(
        `  ${c.name.padEnd(18)} test log loss ${m.log_loss.toFixed(4)}  F1 ${m.f1_score.toFixed(4)}  ` +
          `AUC ${m.roc_auc.toFixed(4)}` +
          (c.model.type === 'decision_tree'
            ? `  (max_depth ${c.model.hyperparameters.max_depth} by CV)`
            : ''),
      )
      return {
        name: c.name,
        runId: run.runId,
        modelFile: path.join(run.artifactDir, MODEL_ARTIFACT_PATH, MODEL_FILE),
        testMetrics: c.testMetrics,
        params: c.params,
      }
    },
  )
}

/**
 * Stage 2, run "Treinamento" with one nested run per model: fits both candidates on base_train,
 * logs their base_test metrics and model artifacts, picks the lowest test log loss, tags the
 * choice on the parent run and registers the chosen model; the apply stage moves the alias
 * "champion" to it only after the predictions files exist.
 */
export async function runTrainStage(
  ctx: StageContext,
  dev: ShotTable,
  rows: PreparedRows,
): Promise<TrainOutput> {
  const { config } = ctx
  const train = featureMatrix(dev, rows.train)
  const test = featureMatrix(dev, rows.test)
  return withRun(ctx, TRAIN_RUN, {}, async (parent) => {
    const candidates = trainCandidates(train, test, {
      seed: config.seed,
      cvFolds: config.cvFolds,
      maxDepth: config.maxDepth,
    })
    const example = exampleRows(train, 5)
    const models: TrainedModel[] = []
    for (const c of candidates) models.push(await logCandidate(ctx, parent.runId, c, example))
    const { chosen, reason } = selectCandidate(candidates)
    const chosenModel = models.find((m) => m.name === chosen.name)!
    const alias = 'champion'
    const version = await ctx.writer.registerModelVersion(
      config.registeredModelName,
      chosenModel.runId,
      MODEL_ARTIFACT_PATH,
      { description: `${chosen.name}: ${reason}` },
    )
    await parent.logParams({
      candidates: candidates.map((c) => c.name).join(','),
      selection_metric: 'log_loss',
    })
    await parent.logMetrics(finite(chosen.testMetrics))
    await parent.setTags({
      'model.selected': chosen.name,
      'model.selected_run_id': chosenModel.runId,
      'model.selection_reason': reason,
      'model.registered_name': config.registeredModelName,
      'model.registered_version': String(version),
    })
    ctx.log(
      `  chosen: ${chosen.name} (${reason}); registered ${config.registeredModelName} v${version} (@${alias} moves once its predictions are written)`,
    )
    return {
      parentRunId: parent.runId,
      models,
      chosen: chosenModel,
      reason,
      registered: { name: config.registeredModelName, version, alias },
    }
  })
}
