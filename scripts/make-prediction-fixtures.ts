/**
 * Writes the predictions fixtures under lib/predictions/fixtures/: one small parquet file per way
 * people write predictions (our pipeline, PyCaret 2 and 3, sklearn-style, compact dtypes, custom
 * names with a mapping file, bad values), each with `<name>.expected.json` beside it.
 *
 *   npx tsx scripts/make-prediction-fixtures.ts
 *
 * The expected rows, labelled rows, mapping, probability convention, excluded rows and the
 * target/probability/label values come from this script's own ground truth (the P(made) it drew
 * before encoding it the way each writer does), never from the loader. Only the sentences
 * (detected, missing, warnings) are copied from the loader, as reviewed regression pins.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parquetWriteBuffer, schemaFromColumnData, type ColumnSource } from 'hyparquet-writer'
import { loadPredictionsFile } from '../lib/predictions/load-predictions'
import { CONTEXT_KEYS, FEATURE_KEYS } from '../lib/predictions/types'

const DIR = join(import.meta.dirname, '../lib/predictions/fixtures')

// ---- ground truth: Kobe-like shots with a known P(made) -------------------------------------

let seed = 7
const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
const round4 = (x: number) => Math.round(x * 1e4) / 1e4
const ZONES = ['Left Side Center(LC)', 'Center(C)', 'Right Side Center(RC)', 'Left Side(L)']
const ACTIONS = ['Jump Shot', 'Pullup Jump shot', 'Step Back Jump shot', 'Fadeaway Jump Shot']

type Cell = number | string | boolean | null

/** One shot; `p` is the true P(made) every file encodes in its own way. */
function shot(i: number, options: { nulls: boolean; minP?: number; threshold?: number }) {
  const locX = Math.round(random() * 480 - 240)
  const locY = Math.round(random() * 300 - 20)
  const distance = Math.round(Math.hypot(locX, locY) / 10)
  const p = options.minP
    ? round4(options.minP + random() * (0.95 - options.minP))
    : round4(1 / (1 + Math.exp(-(0.9 - 0.07 * distance + (random() - 0.5)))))
  const made = options.nulls && i % 7 === 3 ? null : random() < p ? 1 : 0
  const predicted = p >= (options.threshold ?? 0.5) ? 1 : 0
  const lat = round4(34.0443 - locY / 1000)
  const lng = round4(-118.2698 + locX / 1000)
  const cells: Record<string, Cell> = {
    ...{ shotId: 100 + i * 3, gameDate: `2015-0${1 + (i % 4)}-1${i % 10}`, season: '2014-15' },
    ...{ lat, lng, lat32: Math.fround(lat), lng32: Math.fround(lng), locX, locY, distance },
    ...{ minutes: Math.floor(random() * 12), period: 1 + Math.floor(random() * 4) },
    ...{ playoffs: random() < 0.2 ? 1 : 0, zoneArea: pick(ZONES), action: pick(ACTIONS) },
    zoneBasic: distance > 23 ? 'Above the Break 3' : 'Mid-Range',
    zoneRange: distance > 23 ? '24+ ft.' : '16-24 ft.',
    opponent: pick(['POR', 'UTA', 'SAS', 'PHX', 'SAC', 'HOU']),
    ...{ p, p32: Math.fround(p), pMissed: round4(1 - p), made, predicted },
    confidence: round4(predicted === 1 ? p : 1 - p),
    predictedBool: predicted === 1,
    predictedText: predicted === 1 ? '1.0' : '0.0',
    predictedWord: predicted === 1 ? 'made' : 'missed',
    index: i * 2,
    version: 'v3',
    scoredAt: '2024-05-01T10:00:00Z',
  }
  cells.playoffsBool = cells.playoffs === 1
  return cells
}

type Kind = 'DOUBLE' | 'FLOAT' | 'INT64' | 'INT8' | 'INT16' | 'BOOLEAN' | 'STRING'
/** [column name, parquet kind, shot field, role in the expected mapping] */
type Spec = [string, Kind, string, string?]

const RAW: Spec[] = [
  ['lat', 'DOUBLE', 'lat', 'features.lat'],
  ['lon', 'DOUBLE', 'lng', 'features.lng'],
  ['minutes_remaining', 'INT64', 'minutes', 'features.minutes_remaining'],
  ['period', 'INT64', 'period', 'features.period'],
  ['playoffs', 'INT64', 'playoffs', 'features.playoffs'],
  ['shot_distance', 'INT64', 'distance', 'features.shot_distance'],
]
const OURS: Spec[] = [
  ['lng', 'DOUBLE', 'lng', 'features.lng'],
  ...RAW.filter((c) => c[0] !== 'lon'),
]
const CONTEXT: Spec[] = [
  ['shot_id', 'INT64', 'shotId', 'context.shot_id'],
  ['game_date', 'STRING', 'gameDate', 'context.game_date'],
  ['season', 'STRING', 'season', 'context.season'],
  ['loc_x', 'INT64', 'locX', 'context.loc_x'],
  ['loc_y', 'INT64', 'locY', 'context.loc_y'],
  ['shot_zone_area', 'STRING', 'zoneArea', 'context.shot_zone_area'],
  ['shot_zone_basic', 'STRING', 'zoneBasic', 'context.shot_zone_basic'],
  ['shot_zone_range', 'STRING', 'zoneRange', 'context.shot_zone_range'],
  ['action_type', 'STRING', 'action', 'context.action_type'],
  ['opponent', 'STRING', 'opponent', 'context.opponent'],
]
const INDEX: Spec = ['__index_level_0__', 'INT64', 'index']
const TARGET: Spec = ['shot_made_flag', 'DOUBLE', 'made', 'target']
const LABEL: Spec = ['prediction_label', 'INT64', 'predicted', 'label']

interface Fixture {
  file: string
  rows: number
  columns: Spec[]
  /** the true convention, or null without a probability column */
  convention: string | null
  shots?: { nulls?: boolean; minP?: number; threshold?: number }
  /** cells replaced after drawing: column → row → value (those rows lose their probability) */
  patch?: Record<string, Record<number, Cell>>
  mappingFile?: { name: string; content: unknown }
}

const FIXTURES: Fixture[] = [
  {
    file: 'ours.parquet',
    ...{ rows: 20, shots: { nulls: true }, convention: 'positive_class' },
    columns: [
      ...CONTEXT,
      ...OURS,
      TARGET,
      ['prediction_score', 'DOUBLE', 'p', 'probability'],
      LABEL,
    ],
  },
  {
    file: 'pycaret3-default.parquet',
    ...{ rows: 24, shots: { nulls: true }, convention: 'confidence_of_predicted_label' },
    columns: [
      INDEX,
      ...RAW,
      TARGET,
      LABEL,
      ['prediction_score', 'DOUBLE', 'confidence', 'probability'],
    ],
  },
  {
    file: 'pycaret3-raw-score.parquet',
    ...{ rows: 20, convention: 'positive_class' },
    columns: [
      ...([INDEX, ...RAW, TARGET, LABEL, ['prediction_score_0', 'DOUBLE', 'pMissed']] as Spec[]),
      ['prediction_score_1', 'DOUBLE', 'p', 'probability'],
    ],
  },
  {
    file: 'pycaret2-score-label.parquet',
    ...{ rows: 20, convention: 'confidence_of_predicted_label' },
    columns: [
      ...([...RAW, TARGET, ['Label', 'STRING', 'predictedText', 'label']] as Spec[]),
      ['Score', 'DOUBLE', 'confidence', 'probability'],
    ],
  },
  {
    file: 'sklearn-style.parquet',
    ...{ rows: 20, convention: 'positive_class' },
    columns: [
      ...([CONTEXT[0]!, ...OURS, ['y_true', 'INT64', 'made', 'target']] as Spec[]),
      ['y_pred', 'BOOLEAN', 'predictedBool', 'label'],
      ['predict_proba', 'DOUBLE', 'p', 'probability'],
    ],
  },
  {
    file: 'compact-types.parquet',
    ...{ rows: 16, shots: { nulls: true }, convention: 'positive_class' },
    columns: [
      INDEX,
      ['LAT', 'FLOAT', 'lat32', 'features.lat'],
      ['Lon', 'FLOAT', 'lng32', 'features.lng'],
      ['Minutes_Remaining', 'INT8', 'minutes', 'features.minutes_remaining'],
      ['PERIOD', 'INT8', 'period', 'features.period'],
      ['playoffs', 'INT8', 'playoffs', 'features.playoffs'],
      ['shot_distance', 'INT16', 'distance', 'features.shot_distance'],
      ['Shot_Made_Flag', 'INT8', 'made', 'target'],
      ['proba', 'FLOAT', 'p32', 'probability'],
      ['pred', 'INT8', 'predicted', 'label'],
      ['model_version', 'STRING', 'version'],
      ['scored_at', 'STRING', 'scoredAt'],
    ],
  },
  {
    file: 'no-probability.parquet',
    ...{ rows: 12, convention: null },
    columns: [...RAW, TARGET, LABEL],
  },
  {
    file: 'no-target.parquet',
    ...{ rows: 12, convention: 'positive_class' },
    columns: [...CONTEXT, ...OURS, ['prediction_score', 'DOUBLE', 'p', 'probability'], LABEL],
  },
  {
    file: 'mapped/peer-output.parquet',
    ...{ rows: 16, convention: 'positive_class' },
    columns: [
      ['latitude', 'DOUBLE', 'lat', 'features.lat'],
      ['longitude', 'DOUBLE', 'lng', 'features.lng'],
      ['mins_left', 'INT64', 'minutes', 'features.minutes_remaining'],
      ['quarter', 'INT64', 'period', 'features.period'],
      ['is_playoff', 'BOOLEAN', 'playoffsBool', 'features.playoffs'],
      ['dist_ft', 'INT64', 'distance', 'features.shot_distance'],
      ['y', 'INT64', 'made', 'target'],
      ['p1', 'DOUBLE', 'p', 'probability'],
      ['yhat', 'STRING', 'predictedWord', 'label'],
    ],
    mappingFile: {
      name: 'mapped/predictions.mapping.json',
      content: {
        ...{ target: 'y', probability: 'p1', label: 'yhat' },
        features: {
          ...{ minutes_remaining: 'mins_left', period: 'quarter' },
          ...{ playoffs: 'is_playoff', shot_distance: 'dist_ft' },
        },
        probabilityConvention: 'positive_class',
      },
    },
  },
  {
    // Our pipeline with a model whose P(made) is always ≥ 0.5, cut at 0.7: the values alone
    // would read as a PyCaret confidence, so the mapping file beside it forces the convention.
    file: 'forced-convention.parquet',
    ...{ rows: 14, shots: { minP: 0.5, threshold: 0.7 }, convention: 'positive_class' },
    columns: [...OURS, TARGET, ['prediction_score', 'DOUBLE', 'p', 'probability'], LABEL],
    mappingFile: {
      name: 'forced-convention.parquet.mapping.json',
      content: { probabilityConvention: 'positive_class' },
    },
  },
  {
    file: 'bad-probabilities.parquet',
    ...{ rows: 12, convention: 'positive_class' },
    columns: [
      ...([...OURS, ['y_true', 'INT64', 'made', 'target']] as Spec[]),
      ['y_pred', 'INT64', 'predicted', 'label'],
      ['predict_proba', 'DOUBLE', 'p', 'probability'],
    ],
    patch: { predict_proba: { 2: 1.7, 5: -0.2, 7: NaN, 9: null } },
  },
  {
    file: 'zero-rows.parquet',
    ...{ rows: 0, convention: 'positive_class' },
    columns: [...RAW, TARGET, ['prediction_score', 'DOUBLE', 'p', 'probability'], LABEL],
  },
]

/** Files the loader must refuse, with fragments its message must contain. */
const REFUSED: (Fixture & { error: string; messageIncludes: string[]; text?: string })[] = [
  {
    file: 'not-parquet.parquet',
    ...{ rows: 0, columns: [], convention: null },
    text: 'shot_id,lat,lon,prediction_score\n1,33.9,-118.3,0.41\n',
    error: 'ParquetReadError',
    messageIncludes: ['not-parquet.parquet', 'not a parquet file', 'CSV'],
  },
  {
    file: 'empty.parquet',
    ...{ rows: 0, columns: [], convention: null, text: '' },
    error: 'ParquetReadError',
    messageIncludes: ['empty.parquet', 'the file is empty'],
  },
  {
    file: 'bad-target.parquet',
    ...{ rows: 10, columns: [...OURS, TARGET], convention: null },
    patch: { shot_made_flag: { 6: 2 } },
    error: 'PredictionsError',
    messageIncludes: ['bad-target.parquet', '"shot_made_flag"', 'value 2', 'row 6'],
  },
  {
    file: 'bad-mapping-key.parquet',
    ...{ rows: 10, columns: [...OURS, ['y', 'INT64', 'made']], convention: null },
    mappingFile: {
      name: 'bad-mapping-key.parquet.mapping.json',
      content: { target: 'y', treshold: 0.5 },
    },
    error: 'MappingError',
    messageIncludes: ['bad-mapping-key.parquet.mapping.json', 'unknown key "treshold"'],
  },
  {
    file: 'bad-mapping-column.parquet',
    ...{ rows: 10, columns: [...OURS, ['p_made', 'DOUBLE', 'p']], convention: null },
    mappingFile: {
      name: 'bad-mapping-column.parquet.mapping.json',
      content: { probability: 'p9' },
    },
    error: 'MappingError',
    messageIncludes: ['bad-mapping-column.parquet.mapping.json', '"probability"', '"p9"', 'p_made'],
  },
]

// ---- writing ---------------------------------------------------------------------------------

function draw(fixture: Fixture): Record<string, Cell>[] {
  const options = { nulls: false, ...fixture.shots }
  const shots = Array.from({ length: fixture.rows }, (_, i) => shot(i, options))
  for (const [column, rows] of Object.entries(fixture.patch ?? {})) {
    const field = fixture.columns.find((c) => c[0] === column)![2]
    for (const [row, value] of Object.entries(rows)) shots[Number(row)]![field] = value
  }
  return shots
}

function toParquet(columns: Spec[], shots: Record<string, Cell>[]): Uint8Array {
  const small = (kind: Kind) => kind === 'INT8' || kind === 'INT16'
  const columnData: ColumnSource[] = columns.map(([name, kind, field]) => {
    const values = shots.map((s) => s[field] ?? null)
    const data =
      kind === 'INT64' ? values.map((v) => (v === null ? null : BigInt(v as number))) : values
    return { name, data, type: small(kind) ? 'INT32' : (kind as ColumnSource['type']) }
  })
  const schemaOverrides = Object.fromEntries(
    columns
      .filter(([, kind]) => small(kind))
      .map(([name, kind]) => {
        const converted_type = kind === 'INT8' ? ('INT_8' as const) : ('INT_16' as const)
        return [
          name,
          { name, type: 'INT32' as const, converted_type, repetition_type: 'OPTIONAL' as const },
        ]
      }),
  )
  const typed = columnData.map((c) =>
    schemaOverrides[c.name] ? { name: c.name, data: c.data } : c,
  )
  const schema = schemaFromColumnData({ columnData: typed, schemaOverrides })
  const untyped = columnData.map(({ name, data }) => ({ name, data }))
  return new Uint8Array(parquetWriteBuffer({ columnData: untyped, schema }))
}

function save(relative: string, content: Uint8Array | string) {
  const path = join(DIR, relative)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
const expectedPath = (file: string) => file.replace(/\.parquet$/, '.expected.json')
/** Paths inside messages become relative to the fixtures folder, as the test compares them. */
const relative = (text: string) => text.split(`${DIR}/`).join('')

async function expectedFor(fixture: Fixture, shots: Record<string, Cell>[]) {
  const role = (r: string) => fixture.columns.find((c) => c[3] === r)
  const values = (r: string) => {
    const spec = role(r)
    return spec ? shots.map((s) => s[spec[2]] ?? null) : null
  }
  const badRows = new Set(Object.keys(fixture.patch?.[role('probability')?.[0] ?? ''] ?? {}))
  const target = values('target') as (0 | 1 | null)[] | null
  // the true P(made), whatever the file stores (a confidence, P(class 0), a float32)
  const truth = role('probability')?.[1] === 'FLOAT' ? 'p32' : 'p'
  const probability = role('probability')
    ? shots.map((s, i) => (badRows.has(String(i)) ? null : s[truth]))
    : null
  const labelled = target?.filter((v) => v !== null).length ?? 0
  const keys = (group: string, all: readonly string[]) => all.filter((k) => role(`${group}.${k}`))
  const column = (group: string, all: readonly string[]) =>
    Object.fromEntries(all.map((k) => [k, role(`${group}.${k}`)?.[0] ?? null]))
  const loaded = await loadPredictionsFile(join(DIR, fixture.file))
  const sentences = JSON.parse(relative(JSON.stringify(loaded.report)))
  return {
    report: {
      ...{ file: fixture.file, rows: fixture.rows, labelledRows: labelled },
      unlabelledRows: fixture.rows - labelled,
      mapping: {
        ...{ target: role('target')?.[0] ?? null, probability: role('probability')?.[0] ?? null },
        label: role('label')?.[0] ?? null,
        features: column('features', FEATURE_KEYS),
        context: column('context', CONTEXT_KEYS),
      },
      probabilityConvention: fixture.convention,
      excludedProbabilityRows: probability?.filter((p) => p === null).length ?? 0,
      ...{ detected: sentences.detected, missing: sentences.missing, warnings: sentences.warnings },
    },
    data: {
      target: target ?? shots.map(() => null),
      probability: probability ?? null,
      label: values('label') ? shots.map((s) => s.predicted) : null,
      features: keys('features', FEATURE_KEYS),
      context: keys('context', CONTEXT_KEYS),
    },
  }
}

for (const fixture of FIXTURES) {
  const shots = draw(fixture)
  save(fixture.file, toParquet(fixture.columns, shots))
  if (fixture.mappingFile) save(fixture.mappingFile.name, json(fixture.mappingFile.content))
  save(expectedPath(fixture.file), json(await expectedFor(fixture, shots)))
}
for (const refused of REFUSED) {
  const bytes = refused.text ?? toParquet(refused.columns, draw(refused))
  save(refused.file, bytes)
  if (refused.mappingFile) save(refused.mappingFile.name, json(refused.mappingFile.content))
  const { error, messageIncludes } = refused
  save(expectedPath(refused.file), json({ error, messageIncludes }))
}
console.log(`wrote ${FIXTURES.length + REFUSED.length} fixtures and expected.json to ${DIR}`)
