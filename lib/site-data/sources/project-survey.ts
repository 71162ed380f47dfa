import { realpath } from 'node:fs/promises'
import { relative } from 'node:path'
import {
  discoverStores,
  problemFromError,
  type DiscoveredStore,
} from '../../tracking/discover-stores'
import { createProblemLog } from '../../tracking/problem-log'
import type { Problem, Run, TrackingStore } from '../../tracking/types'
import { insideRoots } from '../../mlflow/artifact-containment'
import {
  describeCandidate,
  type CandidateRun,
  type PredictionsCandidate,
} from './predictions-candidate'

/** A store found in the project, with its counts and its runs as candidates know them. */
export interface SurveyedStore extends DiscoveredStore {
  finishedRuns: number
  runList: CandidateRun[]
}

/** Every store and every candidate predictions file of a project folder, and what went wrong. */
export interface ProjectSurvey {
  folder: string
  stores: SurveyedStore[]
  files: PredictionsCandidate[]
  /** pickled model files of the project (`*.pkl`, `*.pickle`, `*.joblib`), absolute, sorted */
  models: string[]
  problems: Problem[]
}

/** Params and tags that name the model a run trained, in order of preference. */
const MODEL_KEYS = [
  'model',
  'model_name',
  'model_type',
  'modelo',
  'estimator',
  'algorithm',
  'algoritmo',
  'classifier',
  'model.selected',
]

/** The model a run trained, as its params or tags name it; null when they do not. */
export function runModel(run: Pick<Run, 'params' | 'tags'>): string | null {
  const lower = (record: Record<string, string>) =>
    new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]))
  const params = lower(run.params)
  const tags = lower(run.tags)
  for (const key of MODEL_KEYS) {
    const value = (params.get(key) ?? tags.get(key))?.trim()
    if (value) return value
  }
  return null
}

async function surveyStore(
  store: TrackingStore,
  counted: DiscoveredStore,
  folders: { folder: string; run: CandidateRun }[],
): Promise<SurveyedStore> {
  const runs: CandidateRun[] = []
  for (const experiment of await store.listExperiments()) {
    for (const run of await store.listRuns(experiment.id)) {
      const candidate: CandidateRun = {
        id: run.id,
        name: run.name,
        status: run.status,
        experimentId: run.experimentId,
        endTime: run.endTime,
        model: runModel(run),
        store: store.location,
      }
      runs.push(candidate)
      const located = await store.artifactLocation?.(run.id).catch(() => null)
      if (located) folders.push({ folder: located.folder, run: candidate })
    }
  }
  return {
    ...counted,
    finishedRuns: runs.filter((r) => r.status === 'FINISHED').length,
    runList: runs,
  }
}

/**
 * Reads a project folder for the dashboard's choice: every MLflow store (FileStore or SQLite, at
 * any depth) with its runs and where their artifacts are, and every parquet file with its side,
 * row count and whether it holds model output; a file inside a run's artifact folder belongs to
 * that run. Never throws: unreadable stores and files become problems.
 */
export async function surveyProject(folder: string): Promise<ProjectSurvey> {
  const artifactFolders: { folder: string; run: CandidateRun }[] = []
  const surveyed = new Map<string, SurveyedStore>()
  const found = await discoverStores(folder, async (store, counted) => {
    surveyed.set(counted.path, await surveyStore(store, counted, artifactFolders))
  })
  const problems = createProblemLog()
  problems.addAll(found.problems)
  const stores = found.stores.flatMap((s) => surveyed.get(s.path) ?? [])
  const files: PredictionsCandidate[] = []
  for (const file of found.predictions) {
    const real = await realpath(file).catch(() => file)
    const owner = artifactFolders.find((entry) => insideRoots(real, [entry.folder]))
    const shown = owner ? relative(owner.folder, real) : relative(folder, file)
    try {
      files.push(await describeCandidate(file, shown, owner?.run ?? null))
    } catch (error) {
      const problem = problemFromError(file, error)
      problems.add(problem.path, problem.message)
    }
  }
  return { folder, stores, files, models: found.models, problems: problems.list() }
}
