'use client'

import { useEffect, useState } from 'react'
import { fetchBytes, siteUrl } from '@/components/data/fetch-bytes'
import type { Loadable } from '@/components/data/use-dashboard-data'
import { MODEL_SNAPSHOT_FILE, parseModelSnapshot } from '@/lib/site-data/model/parse-model-snapshot'
import type { ModelSnapshot } from '@/lib/site-data/model/model-snapshot-types'

let request: Promise<ModelSnapshot> | null = null

async function loadModelSnapshot(): Promise<ModelSnapshot> {
  return parseModelSnapshot(await fetchBytes(siteUrl(MODEL_SNAPSHOT_FILE)))
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
