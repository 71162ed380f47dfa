'use client'

import { ChoiceGroup } from '@/components/shell/controls/ChoiceGroup'
import { useT } from '@/components/shell/use-t'
import type { CourtParams } from '@/lib/views/court/court-params'

/** The Court view's own controls: display mode, what the colours show, and the court extent. */
export function CourtControls({
  params,
  update,
}: {
  params: CourtParams
  update: (patch: Partial<CourtParams>) => void
}) {
  const { t } = useT()
  return (
    <>
      <ChoiceGroup
        legend={t('court.mode')}
        choices={[
          { value: 'points', label: t('court.mode.points') },
          { value: 'hexbin', label: t('court.mode.hexbin') },
          { value: 'overlay', label: t('court.mode.overlay') },
        ]}
        value={params.mode}
        onChange={(mode) => update({ mode })}
      />
      {params.mode === 'points' && (
        <ChoiceGroup
          legend={t('court.colorBy')}
          choices={[
            { value: 'outcome', label: t('court.colorBy.outcome') },
            { value: 'probability', label: t('court.colorBy.probability') },
            { value: 'error', label: t('court.colorBy.error') },
          ]}
          value={params.colorBy}
          onChange={(colorBy) => update({ colorBy })}
        />
      )}
      {params.mode === 'hexbin' && (
        <div>
          <ChoiceGroup
            legend={t('court.hexValue')}
            choices={[
              { value: 'count', label: t('court.hexValue.count') },
              { value: 'probability', label: t('court.hexValue.probability') },
              { value: 'fg', label: t('court.hexValue.fg') },
              { value: 'error', label: t('court.hexValue.error') },
            ]}
            value={params.hex}
            onChange={(hex) => update({ hex })}
          />
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{t('court.hexHint')}</p>
        </div>
      )}
      {params.mode === 'overlay' && (
        <p className="text-xs text-slate-500 dark:text-slate-400">{t('court.overlayHint')}</p>
      )}
      <ChoiceGroup
        legend={t('court.extent')}
        choices={[
          { value: 'half', label: t('court.extent.half') },
          { value: 'full', label: t('court.extent.full') },
        ]}
        value={params.extent}
        onChange={(extent) => update({ extent })}
      />
    </>
  )
}
