'use client'

import { useMemo } from 'react'
import { DataState } from '@/components/data/DataState'
import { ThresholdControl } from '@/components/shell/controls/ThresholdControl'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import { ViewLayout } from '@/components/shell/ViewLayout'
import { useSiteFile } from '@/components/data/use-site-file'
import { MODEL_SNAPSHOT_FILE, parseModelSnapshot } from '@/lib/site-data/model/parse-model-snapshot'
import { selectModel, snapshotModels } from '@/lib/views/what-if/select-model'
import { ModelMissing } from './ModelMissing'
import { ModelSelect } from './ModelSelect'
import { UnloadableModels } from './UnloadableModels'
import { WhatIfContent } from './WhatIfContent'

/** /what-if/: a logged model's P(made) for a shot the user describes, live in the browser. */
export function WhatIfView() {
  const { t } = useT()
  const snapshot = useSiteFile(MODEL_SNAPSHOT_FILE, parseModelSnapshot)
  const param = useUrlState().state.model
  const models = useMemo(
    () => (snapshot.status === 'ready' ? snapshotModels(snapshot.value) : []),
    [snapshot],
  )
  const selection = useMemo(() => selectModel(models, param), [models, param])
  const entry = models[selection.index]
  const sidebar = (
    <div className="space-y-6">
      {models.length > 0 && <ModelSelect models={models} selection={selection} />}
      {snapshot.status === 'ready' && <UnloadableModels models={snapshot.value.unloadable} />}
      <ThresholdControl />
    </div>
  )
  return (
    <ViewLayout view="what-if" sidebar={sidebar}>
      <DataState value={snapshot} loading={t('whatIf.loading')}>
        {(value) =>
          entry ? (
            <WhatIfContent snapshot={value} entry={entry} served={models[0]!} />
          ) : (
            <ModelMissing snapshot={value} />
          )
        }
      </DataState>
    </ViewLayout>
  )
}
