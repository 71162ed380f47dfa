'use client'

import type { Dataset } from '@/lib/url-state/url-state'
import { useUrlState } from '../url-state-context'
import { useT } from '../use-t'
import { ChoiceGroup } from './ChoiceGroup'

/** Dev / Prod / both, bound to the URL's `dataset`. */
export function DatasetControl() {
  const { t } = useT()
  const { state, update } = useUrlState()
  const choices: { value: Dataset; label: string }[] = [
    { value: 'dev', label: t('dataset.dev') },
    { value: 'prod', label: t('dataset.prod') },
    { value: 'both', label: t('dataset.both') },
  ]
  return (
    <ChoiceGroup
      legend={t('control.dataset')}
      choices={choices}
      value={state.dataset}
      onChange={(dataset) => update({ dataset })}
    />
  )
}
