import { stat } from 'node:fs/promises'
import {
  ParquetReadError,
  type CellValue,
  type ParquetColumnInfo,
  type ParquetTable,
} from '../../../parquet/parquet-table'
import { ONE_WORDS, ZERO_WORDS, showValue } from '../../../predictions/binary-value'
import { findMappingFile } from '../../../predictions/load-predictions'
import {
  chooseConvention,
  hardLabelFromCounts,
  loadPredictionsTable,
} from '../../../predictions/load-predictions-table'
import { PredictionsError } from '../../../predictions/predictions-errors'
import { conventionFromEvidence } from '../../../predictions/probability-convention'
import { labelWarnings } from '../../../predictions/read-binary-column'
import { probabilityWarning } from '../../../predictions/read-probability-column'
import { resolveMapping } from '../../../predictions/resolve-mapping'
import type {
  ColumnMapping,
  LoadedPredictions,
  PredictionsReport,
  ProbabilityConvention,
} from '../../../predictions/types'
import { sampleRowIndices } from '../sample-rows'
import {
  isRemoteSource,
  prepareRemote,
  sqlName,
  sqlString,
  type DuckdbSession,
} from './duckdb-session'

/** A predictions file DuckDB reads: a view of the canonical columns over every row. */
export interface DuckdbPredictions {
  session: DuckdbSession
  /**
   * view (over a table of the conversions, computed once) with `row_id` (0-based, files in
   * name order), `y` (0/1/NULL), `p` (P(made), NULL when missing or invalid), `l` (0/1/NULL) and
   * one DOUBLE `f_<feature>` per feature (NULL = missing)
   */
  view: string
  /** view of the raw columns plus `row_id` */
  raw: string
  rows: number
  /** canonical features the file has, in mapping order */
  features: string[]
  /** canonical context key → file column */
  context: Record<string, string>
  hasProbability: boolean
  /** canonical features stored as integers without a missing value (pandas int64) */
  integerFeatures: string[]
}

let counter = 0

/** DuckDB's type name as the parquet physical type the loader's column matching expects. */
function physicalType(type: string): string {
  if (/^(TINYINT|SMALLINT|INTEGER|UTINYINT|USMALLINT|DATE)$/.test(type)) return 'INT32'
  if (/^(BIGINT|UINTEGER|UBIGINT|TIMESTAMP.*)$/.test(type)) return 'INT64'
  if (type === 'DOUBLE') return 'DOUBLE'
  if (type === 'FLOAT') return 'FLOAT'
  if (type === 'BOOLEAN') return 'BOOLEAN'
  return 'BYTE_ARRAY'
}

const INTEGER_TYPE = /^(TINYINT|SMALLINT|INTEGER|BIGINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/
const NUMERIC_TYPE =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|HUGEINT|FLOAT|DOUBLE|DECIMAL.*)$/

/** A DOUBLE from any column, as readNumericColumn reads it: NULL for missing, NaN or unreadable. */
function numberExpr(column: string, type: string): string {
  const c = sqlName(column)
  const e =
    NUMERIC_TYPE.test(type) || type === 'BOOLEAN'
      ? `CAST(${c} AS DOUBLE)`
      : `TRY_CAST(trim(CAST(${c} AS VARCHAR)) AS DOUBLE)`
  return `(CASE WHEN isnan(${e}) THEN NULL ELSE ${e} END)`
}

/** Values present but not numbers (text such as "abc"), as readNumericColumn counts them. */
function unreadableExpr(column: string, type: string): string {
  if (NUMERIC_TYPE.test(type) || type === 'BOOLEAN') return 'false'
  const c = sqlName(column)
  return `(${c} IS NOT NULL AND TRY_CAST(trim(CAST(${c} AS VARCHAR)) AS DOUBLE) IS NULL AND NOT regexp_matches(CAST(${c} AS VARCHAR), '^\\s*((?i)nan|none|null)?\\s*$'))`
}

const words = (set: ReadonlySet<string>) => [...set].map(sqlString).join(', ')

/** parseBinary in SQL: 1, 0, NULL (missing) or -1 (anything else). */
function binaryExpr(column: string, type: string): string {
  const c = sqlName(column)
  if (type === 'BOOLEAN') return `CAST(${c} AS INTEGER)`
  if (NUMERIC_TYPE.test(type)) {
    return `(CASE WHEN ${c} IS NULL OR isnan(CAST(${c} AS DOUBLE)) THEN NULL WHEN ${c} = 1 THEN 1 WHEN ${c} = 0 THEN 0 ELSE -1 END)`
  }
  const t = `lower(trim(CAST(${c} AS VARCHAR)))`
  return `(CASE WHEN ${c} IS NULL THEN NULL WHEN ${t} IN (${words(ONE_WORDS)}) THEN 1 WHEN ${t} IN (${words(ZERO_WORDS)}) THEN 0 WHEN ${t} IN ('', 'nan', 'none') THEN NULL ELSE -1 END)`
}

/** What DuckDB reads for a source: a file, a folder (its parquet files, hive partitions), a glob or a URL. */
async function readParquetSql(source: string): Promise<string> {
  let target = source
  if (!isRemoteSource(source) && !/[*?[]/.test(source)) {
    const info = await stat(source)
    if (info.isDirectory()) target = `${source.replace(/\/+$/, '')}/**/*.parquet`
  }
  return `read_parquet(${sqlString(target)}, hive_partitioning = true, union_by_name = true, filename = true, file_row_number = true)`
}

/** A cell as the parquet reader gives it to loadPredictionsTable. */
function cell(value: unknown): CellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value
  }
  return String(value)
}

async function one(session: DuckdbSession, sql: string): Promise<Record<string, unknown>> {
  return (await session.all(sql))[0] ?? {}
}

const num = (value: unknown): number =>
  value === null || value === undefined ? NaN : Number(value)

/** "<value> at row <i>" for the first row of `raw` matching `where`. */
async function firstAt(
  session: DuckdbSession,
  raw: string,
  column: string,
  where: string,
): Promise<string> {
  const row = await one(
    session,
    `SELECT ${sqlName(column)} AS v, row_id FROM ${raw} WHERE ${where} ORDER BY row_id LIMIT 1`,
  )
  const value = row.v
  const shown = typeof value === 'number' && Number.isNaN(value) ? 'NaN' : showValue(cell(value))
  return `${shown} at row ${num(row.row_id)}`
}

/**
 * Node only. Reads a predictions source with DuckDB: the mapping is decided by the same
 * resolveMapping on the file's schema, the report's counts and the probability convention are
 * aggregated over every row in SQL, and only a capped sample of rows (sampleRowIndices: the
 * same rows the in-JS path ships) comes into JavaScript, as `predictions.data`.
 */
export async function readPredictionsDuckdb(
  session: DuckdbSession,
  source: string,
  rowsLimit: number,
): Promise<{ predictions: LoadedPredictions; duckdb: DuckdbPredictions }> {
  await prepareRemote(session, source)
  const id = ++counter
  const src = await readParquetSql(source)
  const described = await session.all(`DESCRIBE SELECT * FROM ${src}`).catch((error: unknown) => {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]
    throw new ParquetReadError(source, `DuckDB cannot read it as parquet: ${reason}`)
  })
  const types = new Map<string, string>()
  for (const row of described) {
    const name = String(row.column_name)
    if (name !== 'filename' && name !== 'file_row_number') types.set(name, String(row.column_type))
  }
  const columns: ParquetColumnInfo[] = [...types].map(([name, type]) => ({
    name,
    physicalType: physicalType(type),
    logicalType: type,
  }))
  const single =
    !isRemoteSource(source) && !/[*?[]/.test(source) && !(await stat(source)).isDirectory()
  const mappingFile = single ? ((await findMappingFile(source)) ?? undefined) : undefined
  const resolved = resolveMapping(columns, source, { mappingFile })
  const { mapping } = resolved
  const typeOf = (column: string) => types.get(column) ?? 'VARCHAR'

  // row ids: files in name order, rows in file order (a single file: its row numbers)
  const files = `monitor_files_${id}`
  const raw = `monitor_raw_${id}`
  await session.run(
    `CREATE OR REPLACE TEMP TABLE ${files} AS SELECT filename, COALESCE(SUM(n) OVER (ORDER BY filename ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::BIGINT AS base FROM (SELECT filename, count(*) AS n FROM ${src} GROUP BY filename)`,
  )
  await session.run(
    `CREATE OR REPLACE TEMP VIEW ${raw} AS SELECT s.*, (f.base + s.file_row_number)::BIGINT AS row_id FROM ${src} s JOIN ${files} f USING (filename)`,
  )

  // every conversion computed once, into DuckDB's columnar table (compressed, spilling): the
  // counts below and every aggregate scan it instead of decoding the parquet again
  const codes = `monitor_codes_${id}`
  const coded: string[] = ['row_id']
  const binaryCode = new Map<string, string>()
  const numberCode = new Map<string, string>()
  const unreadableCode = new Map<string, string>()
  const code = (map: Map<string, string>, column: string, name: string, expr: string) => {
    if (map.has(column)) return
    map.set(column, name)
    coded.push(`${expr} AS ${sqlName(name)}`)
  }
  if (mapping.target) {
    code(binaryCode, mapping.target, 'c_target', binaryExpr(mapping.target, typeOf(mapping.target)))
  }
  if (mapping.probability) {
    const column = mapping.probability
    code(numberCode, column, 'c_score', numberExpr(column, typeOf(column)))
    code(binaryCode, column, 'c_score_label', binaryExpr(column, typeOf(column)))
  }
  if (mapping.label) {
    code(binaryCode, mapping.label, 'c_label', binaryExpr(mapping.label, typeOf(mapping.label)))
  }
  for (const [key, column] of Object.entries(mapping.features)) {
    if (!column) continue
    code(numberCode, column, `f_${key}`, numberExpr(column, typeOf(column)))
    if (unreadableExpr(column, typeOf(column)) !== 'false') {
      code(unreadableCode, column, `u_${key}`, unreadableExpr(column, typeOf(column)))
    }
  }
  await session.run(
    `CREATE OR REPLACE TEMP TABLE ${codes} AS SELECT ${coded.join(', ')} FROM ${raw}`,
  )
  const bx = (column: string) => sqlName(binaryCode.get(column)!)
  const nx = (column: string) => sqlName(numberCode.get(column)!)
  const ux = (column: string) => {
    const name = unreadableCode.get(column)
    return name ? sqlName(name) : 'false'
  }

  const detected = [...resolved.detected]
  const warnings = [...resolved.warnings]
  const missing = [...resolved.missing]
  const counts = await one(
    session,
    `SELECT count(*)::DOUBLE AS rows${
      mapping.target
        ? `, count(*) FILTER (WHERE ${bx(mapping.target)} IN (0, 1))::DOUBLE AS labelled, count(*) FILTER (WHERE ${bx(mapping.target)} = -1)::DOUBLE AS bad_target`
        : ''
    }${
      mapping.probability
        ? `, count(*) FILTER (WHERE ${nx(mapping.probability)} = 0)::DOUBLE AS zeros, count(*) FILTER (WHERE ${nx(mapping.probability)} = 1)::DOUBLE AS ones, count(*) FILTER (WHERE ${nx(mapping.probability)} NOT IN (0, 1))::DOUBLE AS others`
        : ''
    } FROM ${codes}`,
  )
  const rows = num(counts.rows)
  if (rows === 0) warnings.push(`${source} has 0 rows: nothing to show`)
  let labelledRows = 0
  if (mapping.target) {
    if (num(counts.bad_target) > 0) {
      const at = await firstAt(
        session,
        raw,
        mapping.target,
        `${binaryExpr(mapping.target, typeOf(mapping.target))} = -1`,
      )
      const [value, row] = at.split(' at row ')
      throw new PredictionsError(
        source,
        `target column "${mapping.target}" has value ${value} at row ${row} (counting from 0); expected 0, 1 or null. Map the right column with "target" in a mapping file, or set "target": null`,
      )
    }
    labelledRows = num(counts.labelled)
    if (labelledRows === 0 && rows > 0) {
      warnings.push(
        `target column "${mapping.target}" has no labelled rows (all null): performance metrics unavailable`,
      )
    }
  }

  let labelColumn = mapping.label
  let labelSql = labelColumn ? bx(labelColumn) : null
  const labelCheck = async (column: string) => {
    const expr = binaryExpr(column, typeOf(column))
    const c = await one(
      session,
      `SELECT count(*) FILTER (WHERE ${bx(column)} IS NULL)::DOUBLE AS missing, count(*) FILTER (WHERE ${bx(column)} = -1)::DOUBLE AS unreadable FROM ${codes}`,
    )
    const unreadable = num(c.unreadable)
    const first = unreadable > 0 ? await firstAt(session, raw, column, `${expr} = -1`) : null
    warnings.push(...labelWarnings(column, unreadable, num(c.missing), first))
  }
  if (labelColumn) await labelCheck(labelColumn)

  let probabilitySql: string | null = null
  let convention: ProbabilityConvention | null = null
  let reportMapping: ColumnMapping = mapping
  /** rows whose score is missing or outside [0, 1] */
  let invalidScores = 0
  const hardLabel = mapping.probability
    ? hardLabelFromCounts(num(counts.zeros), num(counts.ones), num(counts.others))
    : null
  if (mapping.probability && hardLabel) {
    const column = mapping.probability
    const usedAsLabel = mapping.label === null
    if (usedAsLabel) {
      labelColumn = column
      labelSql = bx(column)
      await labelCheck(column)
    }
    reportMapping = { ...mapping, probability: null, label: usedAsLabel ? column : mapping.label }
    const at = detected.findIndex((line) => line.startsWith('probability: '))
    if (at >= 0) detected.splice(at, 1)
    warnings.push(
      `column "${column}" is named like a probability but ${hardLabel}, so it is read as a hard predicted label${usedAsLabel ? '' : ' and ignored'}, not a probability: no ROC curve, log loss or threshold analysis from it`,
    )
    missing.push('no probability column: ROC curve, log loss and threshold analysis unavailable')
  } else if (mapping.probability) {
    const column = mapping.probability
    const inRange = (x: string) => `(CASE WHEN ${x} >= 0 AND ${x} <= 1 THEN ${x} END)`
    const score = inRange(nx(column))
    const invalid = num(
      (await one(session, `SELECT count(*)::DOUBLE AS n FROM ${codes} WHERE ${score} IS NULL`)).n,
    )
    invalidScores = invalid
    if (invalid > 0) {
      const rawScore = inRange(numberExpr(column, typeOf(column)))
      const first = await firstAt(session, raw, column, `${rawScore} IS NULL`)
      warnings.push(probabilityWarning(column, invalid, rows, first))
    }
    let evidence = null
    if (labelSql && rows > 0) {
      const e = await one(
        session,
        `SELECT count(*) FILTER (WHERE l = 0)::DOUBLE AS n0, count(*) FILTER (WHERE l = 1)::DOUBLE AS n1, min(s) FILTER (WHERE l = 0) AS min0, max(s) FILTER (WHERE l = 0) AS max0, min(s) FILTER (WHERE l = 1) AS min1, count(*) FILTER (WHERE s < 0.5)::DOUBLE AS below FROM (SELECT ${score} AS s, ${labelSql} AS l FROM ${codes}) WHERE s IS NOT NULL AND l IN (0, 1)`,
      )
      evidence = conventionFromEvidence({
        n0: num(e.n0),
        n1: num(e.n1),
        min0: e.min0 === null ? Infinity : num(e.min0),
        max0: e.max0 === null ? -Infinity : num(e.max0),
        min1: e.min1 === null ? Infinity : num(e.min1),
        belowHalf: num(e.below),
      })
    }
    const chosen = chooseConvention(resolved, evidence)
    convention = chosen.convention
    const at = detected.findIndex((line) => line.startsWith('probability: '))
    detected.splice(at + 1, 0, `probability convention: ${convention} (${chosen.reason})`)
    if (chosen.warning) warnings.push(chosen.warning)
    probabilitySql =
      convention === 'positive_class'
        ? score
        : convention === 'negative_class'
          ? `(1 - ${score})`
          : `(CASE WHEN ${labelSql} = 1 THEN ${score} WHEN ${labelSql} = 0 THEN 1 - ${score} END)`
  }

  const features = Object.entries(mapping.features).filter(
    (entry): entry is [string, string] => entry[1] !== null,
  )
  // integer features: stored as integers, no missing value (what pandas reads as int64)
  const integerCandidates = features.filter(([, column]) => INTEGER_TYPE.test(typeOf(column)))
  const integerFeatures: string[] = []
  // one scan: the unreadable values of the text features (a numeric column has none: no term,
  // no scan of every row to count nothing), the missing ones of the integer candidates
  const terms = [
    ...features
      .filter(([, column]) => ux(column) !== 'false')
      .map(([key, column]) => `count(*) FILTER (WHERE ${ux(column)})::DOUBLE AS ${sqlName(key)}`),
    ...integerCandidates.map(
      ([key]) =>
        `count(*) FILTER (WHERE ${sqlName(`f_${key}`)} IS NULL)::DOUBLE AS ${sqlName(`null_${key}`)}`,
    ),
  ]
  if (terms.length > 0) {
    const unreadable = await one(session, `SELECT ${terms.join(', ')} FROM ${codes}`)
    for (const [key] of integerCandidates) {
      if (num(unreadable[`null_${key}`]) === 0) integerFeatures.push(key)
    }
    for (const [key, column] of features) {
      const n = key in unreadable ? num(unreadable[key]) : 0
      if (n === 0) continue
      const first = await firstAt(session, raw, column, unreadableExpr(column, typeOf(column)))
      warnings.push(
        `feature ${key} (column "${column}"): ${n} ${n > 1 ? 'values are' : 'value is'} not a number (first: ${first}, counting from 0), read as missing`,
      )
    }
  }

  const view = `monitor_predictions_${id}`
  const parts = [
    'row_id',
    `${mapping.target ? bx(mapping.target) : 'NULL'}::DOUBLE AS y`,
    `${probabilitySql ?? 'NULL'}::DOUBLE AS p`,
    `${labelSql ? `(CASE WHEN ${labelSql} IN (0, 1) THEN ${labelSql} END)` : 'NULL'}::DOUBLE AS l`,
    ...features.map(([key]) => sqlName(`f_${key}`)),
  ]
  await session.run(
    `CREATE OR REPLACE TEMP VIEW ${view} AS SELECT ${parts.join(', ')} FROM ${codes}`,
  )

  const report: PredictionsReport = {
    file: source,
    rows,
    labelledRows,
    unlabelledRows: rows - labelledRows,
    mapping: reportMapping,
    probabilityConvention: convention,
    // p is the score or 1 − score (NULL exactly where the score is invalid), or needs the label too
    excludedProbabilityRows: !probabilitySql
      ? 0
      : convention === 'positive_class' || convention === 'negative_class'
        ? invalidScores
        : num((await one(session, `SELECT count(*)::DOUBLE AS n FROM ${view} WHERE p IS NULL`)).n),
    detected,
    missing,
    warnings,
  }
  if (mappingFile) report.detected.unshift(`mapping file: ${mappingFile.path}`)

  const context = Object.fromEntries(
    Object.entries(mapping.context).filter((entry): entry is [string, string] => entry[1] !== null),
  )
  const sample = await sampleTable(session, raw, source, rows, rowsLimit, reportMapping)
  const data = loadPredictionsTable(sample, {
    mapping: reportMapping,
    ...(convention ? { probabilityConvention: convention } : {}),
    mappingSource: 'the DuckDB engine',
  }).data
  return {
    predictions: { report, data },
    duckdb: {
      session,
      view,
      raw,
      rows,
      features: features.map(([key]) => key),
      context,
      hasProbability: probabilitySql !== null,
      integerFeatures,
    },
  }
}

/** The rows sampleRowIndices picks, as a parquet table of the mapped columns. */
async function sampleTable(
  session: DuckdbSession,
  raw: string,
  file: string,
  rows: number,
  rowsLimit: number,
  mapping: ColumnMapping,
): Promise<ParquetTable> {
  const names = [
    ...new Set(
      [
        mapping.target,
        mapping.probability,
        mapping.label,
        ...Object.values(mapping.features),
        ...Object.values(mapping.context),
      ].filter((name): name is string => name !== null),
    ),
  ]
  let from = raw
  if (rows > rowsLimit) {
    const picked = sampleRowIndices(rows, rowsLimit)
    const table = `${raw}_sample`
    await session.run(`CREATE OR REPLACE TEMP TABLE ${table} (row_id BIGINT)`)
    const appender = await session.connection.createAppender(table)
    for (const index of picked) {
      appender.appendBigInt(BigInt(index))
      appender.endRow()
    }
    appender.closeSync()
    from = `${raw} SEMI JOIN ${table} USING (row_id)`
  }
  const select = names.length > 0 ? names.map(sqlName).join(', ') : '1 AS none'
  const reader = await session.connection.runAndReadAll(
    `SELECT ${select} FROM ${from} ORDER BY row_id`,
  )
  const columns = reader.getColumnsObjectJS()
  const data: Record<string, CellValue[]> = {}
  for (const name of names) data[name] = (columns[name] ?? []).map(cell)
  return {
    file,
    numRows: reader.currentRowCount,
    columns: names.map((name) => ({ name, physicalType: 'BYTE_ARRAY', logicalType: null })),
    data,
  }
}
