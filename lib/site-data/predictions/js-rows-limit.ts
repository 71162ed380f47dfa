/**
 * The most rows of one predictions file read into JavaScript: above it the build aggregates the
 * file with DuckDB (duckdb/duckdb-engine.ts), and the page, where DuckDB does not run, keeps the
 * build's seeded sample of this many rows (lib/virtual-fs/read-parquet-file-page.ts).
 */
export const JS_ROWS_LIMIT = 1_000_000
