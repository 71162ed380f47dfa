'use client'

import { useEffect, useState } from 'react'
import { fetchBytes, siteUrl } from '@/components/data/fetch-bytes'
import type { Loadable } from '@/components/data/use-dashboard-data'
import { parseModelJson } from '@/lib/model/parse-model-json'
import type { ModelSnapshot } from '@/lib/views/what-if/model-snapshot-types'

const FILE = 'data/model.json'
let request: Promise<ModelSnapshot> | null = null

/** Fetches and checks data/model.json once per page load; the model is re-validated here too. */
async function loadModelSnapshot(): Promise<ModelSnapshot> {
  const text = new TextDecoder().decode(await fetchBytes(siteUrl(FILE)))
  let snapshot: ModelSnapshot
  try {
    snapshot = JSON.parse(text) as ModelSnapshot
  } catch (error) {
    throw new Error(`${FILE}: not JSON: ${(error as Error).message}`)
  }
  if (!Array.isArray(snapshot.features)) throw new Error(`${FILE}: field "features" is missing`)
  const model = snapshot.model ? parseModelJson(snapshot.model, `${FILE} model`) : null
  if (snapshot.models !== undefined && !Array.isArray(snapshot.models))
    throw new Error(`${FILE}: field "models" is not a list`)
  const models = snapshot.models?.map((m, i) => ({
    ...m,
    model: parseModelJson(m.model, `${FILE} models[${i}] (${String(m.key)})`),
  }))
  return { ...snapshot, model, models }
}

/** The build's served model, the other logged models and the input ranges (`public/data/model.json`). */
export function useModelSnapshot(): Loadable<ModelSnapshot> {
  const [state, setState] = useState<Loadable<ModelSnapshot>>({ status: 'loading' })
  useEffect(() => {
    let live = true
    request ??= loadModelSnapshot()
    request.then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => {
        request = null
        if (live)
          setState({
            status: 'error',
            error: error instanceof Error ? error.message : String(error),
          })
      },
    )
    return () => {
      live = false
    }
  }, [])
  return state
}
