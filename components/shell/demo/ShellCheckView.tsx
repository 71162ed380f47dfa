'use client'

import { useMemo, useState } from 'react'
import { CourtMap } from '@/components/court/CourtMap'
import { SHOT_COLORS } from '@/components/court/court-colors'
import type { CourtPoints } from '@/components/court/court-types'
import { Plot } from '@/components/plot/Plot'
import { ChartBoundary } from '@/components/shell/ChartBoundary'
import { ChoiceGroup } from '@/components/shell/controls/ChoiceGroup'
import { DatasetControl } from '@/components/shell/controls/DatasetControl'
import { ShotFilterControls } from '@/components/shell/controls/ShotFilterControls'
import { ThresholdControl } from '@/components/shell/controls/ThresholdControl'
import { useTheme } from '@/components/shell/theme'
import { useT } from '@/components/shell/use-t'
import { ViewLayout } from '@/components/shell/ViewLayout'
import { shotDistanceFeet, type CourtXY } from '@/lib/court/coordinates'

/** A deterministic pseudo-random sequence (LCG), so the synthetic figures never change. */
function lcg(seed: number): () => number {
  let state = seed
  return () => (state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296) / 4_294_967_296
}

/** 30,000 synthetic shots shaped like a season's chart: near the rim, mid-range, threes. */
function syntheticShots(n: number) {
  const next = lcg(11)
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  const made: (number | null)[] = []
  for (let i = 0; i < n; i++) {
    const band = next()
    const distance = band < 0.3 ? next() * 60 : band < 0.65 ? 80 + next() * 140 : 225 + next() * 40
    const angle = (next() * 0.94 + 0.03) * Math.PI
    x[i] = Math.round(distance * Math.cos(angle))
    y[i] = Math.max(
      -45,
      Math.round(distance * Math.sin(angle)) - (band >= 0.65 && next() < 0.15 ? 90 : 0),
    )
    made.push(next() < 0.1 ? null : next() < 0.62 - distance / 700 ? 1 : 0)
  }
  return { x, y, made }
}

function Breakable() {
  const [broken, setBroken] = useState(false)
  if (broken) throw new Error('synthetic failure <b>not bold</b>')
  return (
    <button
      type="button"
      onClick={() => setBroken(true)}
      className="rounded-md border px-3 py-1 text-sm"
    >
      Break this chart
    </button>
  )
}

/**
 * TEMPORARY page (app/shell-check/) that exercises the wrappers on SYNTHETIC data: every trace
 * type of the custom plotly bundle, the empty state, the error boundary, and CourtMap with
 * 30,000 points, hexagons, clicks and PNG export. Delete it when the views cover all of this.
 */
export function ShellCheckView() {
  const { t } = useT()
  const theme = useTheme()
  const [mode, setMode] = useState<'points' | 'hexbin'>('points')
  const [picked, setPicked] = useState<CourtXY | null>(null)
  const shots = useMemo(() => syntheticShots(30_000), [])
  const colors = SHOT_COLORS[theme]
  const points = useMemo<CourtPoints>(() => {
    const outcome = (i: number) =>
      shots.made[i] === 1 ? 'made' : shots.made[i] === 0 ? 'missed' : 'unknown'
    return {
      x: shots.x,
      y: shots.y,
      value: shots.made,
      color: (i) => colors[outcome(i)],
      tooltip: (i) => `${outcome(i)} <script>alert(1)</script>\n(${shots.x[i]}, ${shots.y[i]})`,
    }
  }, [shots, colors])

  const figures = useMemo(() => {
    const next = lcg(3)
    const xs = Float64Array.from({ length: 30_000 }, () => next())
    const ys = Float64Array.from(xs, (x) => x * 0.6 + next() * 0.4)
    const fpr = Array.from({ length: 51 }, (_, i) => i / 50)
    return {
      gl: [
        {
          type: 'scattergl',
          mode: 'markers',
          x: Array.from(xs),
          y: Array.from(ys),
          marker: { size: 3, opacity: 0.4 },
        },
      ],
      line: [
        { type: 'scatter', mode: 'lines', name: 'dev', x: fpr, y: fpr.map((f) => Math.sqrt(f)) },
        { type: 'scatter', mode: 'lines', name: 'prod', x: fpr, y: fpr.map((f) => f ** 0.7) },
      ],
      heatmap: [
        {
          type: 'heatmap',
          z: [
            [812, 190],
            [301, 697],
          ],
          x: ['pred 0', 'pred 1'],
          y: ['true 0', 'true 1'],
          texttemplate: '%{z}',
        },
      ],
      bar: [{ type: 'bar', x: ['log loss', 'F1', 'ROC AUC'], y: [0.6712, 0.5412, 0.6123] }],
      histogram: [{ type: 'histogram', x: Array.from(xs.subarray(0, 5000)), nbinsx: 20 }],
    }
  }, [])

  return (
    <ViewLayout
      view={{
        title: 'Shell check',
        description:
          'The shell’s wrappers and shared controls on synthetic data (a test page, not linked from the navigation).',
      }}
      sidebar={
        <>
          <ChoiceGroup
            legend={t('court.mode')}
            choices={[
              { value: 'points', label: t('court.mode.points') },
              { value: 'hexbin', label: t('court.mode.hexbin') },
            ]}
            value={mode}
            onChange={setMode}
          />
          <ThresholdControl />
          <DatasetControl />
          <ShotFilterControls />
        </>
      }
    >
      <CourtMap
        title="Check: court"
        points={points}
        filename="check_court"
        mode={mode}
        hexbin={{ colorBy: 'count' }}
        legend={[
          { label: t('outcome.made'), color: colors.made },
          { label: t('outcome.missed'), color: colors.missed },
          { label: t('outcome.unknown'), color: colors.unknown },
        ]}
        onCourtClick={(at) => setPicked({ x: Math.round(at.x), y: Math.round(at.y) })}
        marker={picked}
        description={t('court.clickHint')}
      />
      {picked && (
        <p data-testid="picked-location" className="text-sm">
          {t('court.location', { x: picked.x, y: picked.y, distance: shotDistanceFeet(picked) })}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Plot title="Check: scattergl 30k" data={figures.gl} filename="check_scattergl" />
        <Plot
          title="Check: lines"
          data={figures.line}
          filename="check_lines"
          layout={{ xaxis: { title: { text: 'FPR' } }, yaxis: { title: { text: 'TPR' } } }}
        />
        <Plot title="Check: heatmap" data={figures.heatmap} filename="check_heatmap" height={300} />
        <Plot title="Check: bar" data={figures.bar} filename="check_bar" height={300} />
        <Plot
          title="Check: histogram"
          data={figures.histogram}
          filename="check_histogram"
          height={300}
        />
        <Plot
          title={t('chart.roc')}
          data={[]}
          filename="roc_curve_prod"
          emptyMessage={t('empty.noProbability')}
        />
      </div>
      <section aria-label="Check: error boundary">
        <ChartBoundary label="broken">
          <Breakable />
        </ChartBoundary>
      </section>
    </ViewLayout>
  )
}
