'use client'

import { DataState } from '@/components/data/DataState'
import { ThresholdControl } from '@/components/shell/controls/ThresholdControl'
import { useT } from '@/components/shell/use-t'
import { ViewLayout } from '@/components/shell/ViewLayout'
import { ModelMissing } from './ModelMissing'
import { useModelSnapshot } from './use-model-snapshot'
import { WhatIfContent } from './WhatIfContent'

/** /what-if/: the served model's P(made) for a shot the user describes, live in the browser. */
export function WhatIfView() {
  const { t } = useT()
  const snapshot = useModelSnapshot()
  return (
    <ViewLayout view="what-if" sidebar={<ThresholdControl />}>
      <DataState value={snapshot} loading={t('whatIf.loading')}>
        {(value) =>
          value.model ? (
            <WhatIfContent snapshot={value} model={value.model} />
          ) : (
            <ModelMissing snapshot={value} />
          )
        }
      </DataState>
    </ViewLayout>
  )
}
