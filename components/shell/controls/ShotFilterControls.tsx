'use client'

import { useId } from 'react'
import { KOBE_SEASONS } from '@/lib/url-state/season'
import { hasShotFilters } from '@/lib/url-state/shot-filter'
import { SHOT_ZONES, type ShotZone } from '@/lib/url-state/shot-zones'
import { PERIODS, type PlayoffsFilter } from '@/lib/url-state/url-state'
import { useUrlState } from '../url-state-context'
import { useT } from '../use-t'
import { ChoiceGroup } from './ChoiceGroup'

export interface ShotFilterControlsProps {
  /** seasons to offer (default: Kobe's 20 seasons) */
  seasons?: readonly string[]
  /** zones to offer (default: all seven shot_zone_basic values) */
  zones?: readonly ShotZone[]
}

const toggle = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item]

/** Period, games (playoffs), season range and shot zone, bound to the URL. */
export function ShotFilterControls({ seasons = KOBE_SEASONS, zones }: ShotFilterControlsProps) {
  const { t } = useT()
  const { state, update } = useUrlState()
  const fromId = useId()
  const toId = useId()
  const zoneChoices = SHOT_ZONES.filter((z) => !zones || zones.includes(z.value))
  const selectClass =
    'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-800'

  return (
    <section aria-labelledby={`${fromId}-title`} className="space-y-4">
      <div className="flex items-center justify-between">
        <h3
          id={`${fromId}-title`}
          className="text-sm font-semibold text-slate-900 dark:text-slate-50"
        >
          {t('filter.title')}
        </h3>
        {hasShotFilters(state) && (
          <button
            type="button"
            onClick={() =>
              update({ period: [], playoffs: 'all', seasonFrom: null, seasonTo: null, zone: [] })
            }
            className="rounded-md px-2 py-0.5 text-xs font-medium text-blue-700 hover:bg-blue-50 dark:text-blue-300 dark:hover:bg-slate-800"
          >
            {t('filter.reset')}
          </button>
        )}
      </div>

      <fieldset>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-100">
          {t('filter.period')}
        </legend>
        <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {PERIODS.map((period) => (
            <label
              key={period}
              className="flex items-center gap-1.5 text-xs whitespace-nowrap text-slate-700 dark:text-slate-300"
            >
              <input
                type="checkbox"
                checked={state.period.includes(period)}
                onChange={() => update({ period: toggle(state.period, period) })}
                className="accent-blue-600"
              />
              {period <= 4
                ? t('period.quarter', { n: period })
                : t('period.overtime', { n: period - 4 })}
            </label>
          ))}
        </div>
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{t('filter.allSelected')}</p>
      </fieldset>

      <ChoiceGroup<PlayoffsFilter>
        legend={t('filter.playoffs')}
        choices={[
          { value: 'all', label: t('playoffs.all') },
          { value: 0, label: t('playoffs.regular') },
          { value: 1, label: t('playoffs.playoffs') },
        ]}
        value={state.playoffs}
        onChange={(playoffs) => update({ playoffs })}
      />

      <fieldset>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-100">
          {t('filter.season')}
        </legend>
        <div className="mt-1 grid grid-cols-2 gap-2">
          <div>
            <label htmlFor={fromId} className="text-xs text-slate-600 dark:text-slate-400">
              {t('filter.seasonFrom')}
            </label>
            <select
              id={fromId}
              value={state.seasonFrom ?? ''}
              onChange={(e) => update({ seasonFrom: e.target.value || null })}
              className={selectClass}
            >
              <option value="">{t('filter.seasonAny')}</option>
              {seasons.map((s) => (
                <option key={s} value={s} disabled={state.seasonTo !== null && s > state.seasonTo}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={toId} className="text-xs text-slate-600 dark:text-slate-400">
              {t('filter.seasonTo')}
            </label>
            <select
              id={toId}
              value={state.seasonTo ?? ''}
              onChange={(e) => update({ seasonTo: e.target.value || null })}
              className={selectClass}
            >
              <option value="">{t('filter.seasonAny')}</option>
              {seasons.map((s) => (
                <option
                  key={s}
                  value={s}
                  disabled={state.seasonFrom !== null && s < state.seasonFrom}
                >
                  {s}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-100">
          {t('filter.zone')}
        </legend>
        <div className="mt-1 space-y-1">
          {zoneChoices.map((zone) => (
            <label
              key={zone.slug}
              className="flex items-center gap-2 text-xs text-slate-700 dark:text-slate-300"
            >
              <input
                type="checkbox"
                checked={state.zone.includes(zone.value)}
                onChange={() => update({ zone: toggle(state.zone, zone.value) })}
                className="accent-blue-600"
              />
              {t(zone.label)}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  )
}
